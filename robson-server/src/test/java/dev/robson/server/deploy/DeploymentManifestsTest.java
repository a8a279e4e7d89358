package dev.robson.server.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The deployment files under {@code deploy/} (Dockerfile, compose file, Kubernetes manifests)
 * are not compiled or run by the build, so this reads them and checks what a typo would
 * silently break: probes, selectors, the kustomization, variable names the server never
 * reads, a root container, a committed secret.
 *
 * <p>Each check is a method of {@link Deploy}, which works on any copy of the repository; the
 * {@code mutation} tests break one thing in a copy and require the matching check to fail, so
 * no check can pass vacuously.
 */
class DeploymentManifestsTest {

    /** The documented deployment variables (docs/configuration.md); BINANCE_* are read by the Binance market, which may not be in application.yml yet. */
    static final Set<String> DOCUMENTED_NAMES = Set.of(
            "SERVER_PORT",
            "DATABASE_URL",
            "DATABASE_USER",
            "DATABASE_PASSWORD",
            "REDIS_URL",
            "ROBSON_MARKET",
            "BINANCE_BASE_URL",
            "BINANCE_WS_URL",
            "ROBSON_TRADING",
            "ROBSON_JWT_SECRET",
            "ROBSON_MASTER_KEY");

    /** Variables whose value is a secret: they belong in the Secret or the env file, never in plain config. */
    static final Set<String> SECRET_NAMES = Set.of("ROBSON_JWT_SECRET", "ROBSON_MASTER_KEY", "DATABASE_PASSWORD");

    private static final Path ROOT = repositoryRoot();

    @Test
    void everyYamlFileParses() {
        new Deploy(ROOT).checkEveryYamlFileParses();
    }

    @Test
    void everyKubernetesObjectHasApiVersionKindAndName() {
        new Deploy(ROOT).checkKubernetesObjectsAreNamed();
    }

    @Test
    void theDeploymentRunsTwoHardenedReplicasWithActuatorProbes() {
        new Deploy(ROOT).checkDeployment();
    }

    @Test
    void theServiceAndTheDisruptionBudgetSelectTheDeploymentsPods() {
        new Deploy(ROOT).checkServiceAndBudget();
    }

    @Test
    void theConfigMapAndSecretReachThePods() {
        new Deploy(ROOT).checkConfigurationReachesThePods();
    }

    @Test
    void theKustomizationListsEveryManifest() {
        new Deploy(ROOT).checkKustomization();
    }

    @Test
    void composeStartsTheServerAfterHealthyPostgresAndRedis() {
        new Deploy(ROOT).checkCompose();
    }

    @Test
    void everyVariableNameIsOneTheServerReads() {
        new Deploy(ROOT).checkEnvironmentNames();
    }

    @Test
    void theDockerfileBuildsInStagesAndRunsAsNonRoot() {
        new Deploy(ROOT).checkDockerfile();
    }

    @Test
    void noFileHoldsSomethingThatLooksLikeARealSecret() {
        new Deploy(ROOT).checkNoSecrets();
    }

    // ---------------------------------------------------------------------------------------
    // Each check must fail when the thing it guards is broken.

    record Mutation(String name, String file, String from, String to, Consumer<Deploy> check) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> mutations() {
        String deployment = "deploy/k8s/deployment.yaml";
        String realLookingKey = realLookingKey();
        Consumer<Deploy> parses = Deploy::checkEveryYamlFileParses;
        Consumer<Deploy> named = Deploy::checkKubernetesObjectsAreNamed;
        Consumer<Deploy> hardened = Deploy::checkDeployment;
        Consumer<Deploy> selected = Deploy::checkServiceAndBudget;
        Consumer<Deploy> configured = Deploy::checkConfigurationReachesThePods;
        Consumer<Deploy> listed = Deploy::checkKustomization;
        Consumer<Deploy> composed = Deploy::checkCompose;
        Consumer<Deploy> known = Deploy::checkEnvironmentNames;
        Consumer<Deploy> docker = Deploy::checkDockerfile;
        Consumer<Deploy> secretFree = Deploy::checkNoSecrets;
        return Stream.of(
                        new Mutation("broken YAML", "deploy/compose.yaml", "services:\n", "services: [\n", parses),
                        new Mutation(
                                "duplicate key",
                                deployment,
                                "  replicas: 2\n",
                                "  replicas: 2\n  replicas: 3\n",
                                parses),
                        new Mutation(
                                "nameless object",
                                "deploy/k8s/service.yaml",
                                "  name: robson-server\n",
                                "  nam: robson-server\n",
                                named),
                        new Mutation("kindless object", "deploy/k8s/configmap.yaml", "kind: ConfigMap\n", "", named),
                        new Mutation("one replica", deployment, "replicas: 2", "replicas: 1", hardened),
                        new Mutation(
                                "rolling update may drop below capacity",
                                deployment,
                                "maxUnavailable: 0",
                                "maxUnavailable: 1",
                                hardened),
                        new Mutation(
                                "readiness on the wrong path",
                                deployment,
                                "path: /actuator/health/readiness",
                                "path: /actuator/health",
                                hardened),
                        new Mutation(
                                "liveness on the wrong path",
                                deployment,
                                "livenessProbe:\n            httpGet:\n              path: /actuator/health/liveness",
                                "livenessProbe:\n            httpGet:\n              path: /healthz",
                                hardened),
                        new Mutation("no startup probe", deployment, "startupProbe:", "startupProbx:", hardened),
                        new Mutation(
                                "probe on an undeclared port",
                                deployment,
                                "path: /actuator/health/readiness\n              port: http",
                                "path: /actuator/health/readiness\n              port: admin",
                                hardened),
                        new Mutation(
                                "no resources",
                                deployment,
                                "          resources:\n",
                                "          resourcez:\n",
                                hardened),
                        new Mutation(
                                "no memory limit",
                                deployment,
                                "            limits:\n              memory: 768Mi\n",
                                "",
                                hardened),
                        new Mutation(
                                "may run as root", deployment, "runAsNonRoot: true", "runAsNonRoot: false", hardened),
                        new Mutation(
                                "writable root filesystem",
                                deployment,
                                "readOnlyRootFilesystem: true",
                                "readOnlyRootFilesystem: false",
                                hardened),
                        new Mutation(
                                "privilege escalation",
                                deployment,
                                "allowPrivilegeEscalation: false",
                                "allowPrivilegeEscalation: true",
                                hardened),
                        new Mutation(
                                "capabilities kept",
                                deployment,
                                "                - ALL\n",
                                "                - NET_RAW\n",
                                hardened),
                        new Mutation(
                                "metrics not scraped",
                                deployment,
                                "prometheus.io/path: /actuator/prometheus",
                                "prometheus.io/path: /metrics",
                                hardened),
                        new Mutation(
                                "service selects other pods",
                                "deploy/k8s/service.yaml",
                                "  selector:\n    app.kubernetes.io/name: robson-server",
                                "  selector:\n    app.kubernetes.io/name: robson-web",
                                selected),
                        new Mutation(
                                "service targets an undeclared port",
                                "deploy/k8s/service.yaml",
                                "targetPort: http",
                                "targetPort: web",
                                selected),
                        new Mutation(
                                "budget selects other pods",
                                "deploy/k8s/pdb.yaml",
                                "    matchLabels:\n      app.kubernetes.io/name: robson-server",
                                "    matchLabels:\n      app.kubernetes.io/name: robson-worker",
                                selected),
                        new Mutation(
                                "no disruption budget",
                                "deploy/k8s/pdb.yaml",
                                "kind: PodDisruptionBudget",
                                "kind: PodDisruptionBudgetX",
                                selected),
                        new Mutation(
                                "budget blocks every drain",
                                "deploy/k8s/pdb.yaml",
                                "minAvailable: 1",
                                "minAvailable: 2",
                                selected),
                        new Mutation(
                                "envFrom names a missing ConfigMap",
                                deployment,
                                "name: robson-config",
                                "name: robson-settings",
                                configured),
                        new Mutation(
                                "ConfigMap value not a string",
                                "deploy/k8s/configmap.yaml",
                                "SERVER_PORT: \"8080\"",
                                "SERVER_PORT: 8080",
                                configured),
                        new Mutation(
                                "SERVER_PORT is not the container port",
                                "deploy/k8s/configmap.yaml",
                                "SERVER_PORT: \"8080\"",
                                "SERVER_PORT: \"9090\"",
                                configured),
                        new Mutation(
                                "a secret in the ConfigMap",
                                "deploy/k8s/configmap.yaml",
                                "  ROBSON_TRADING: \"paper\"\n",
                                "  ROBSON_TRADING: \"paper\"\n  DATABASE_PASSWORD: \"changeme\"\n",
                                configured),
                        new Mutation(
                                "manifest missing from the kustomization",
                                "deploy/k8s/kustomization.yaml",
                                "  - pdb.yaml\n",
                                "",
                                listed),
                        new Mutation(
                                "kustomization lists a missing file",
                                "deploy/k8s/kustomization.yaml",
                                "  - pdb.yaml\n",
                                "  - pdb.yaml\n  - hpa.yaml\n",
                                listed),
                        new Mutation(
                                "new manifest not listed",
                                "deploy/k8s/ingress.yaml",
                                null,
                                "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: robson\n",
                                listed),
                        new Mutation(
                                "server starts before PostgreSQL is healthy",
                                "deploy/compose.yaml",
                                "condition: service_healthy",
                                "condition: service_started",
                                composed),
                        new Mutation(
                                "Redis without a healthcheck",
                                "deploy/compose.yaml",
                                "      test: [\"CMD\", \"redis-cli\", \"ping\"]",
                                "      disable: true",
                                composed),
                        new Mutation(
                                "compose names a variable the server never reads",
                                "deploy/compose.yaml",
                                "      ROBSON_TRADING: ${ROBSON_TRADING:-paper}",
                                "      ROBSON_TRADE: ${ROBSON_TRADING:-paper}",
                                known),
                        new Mutation(
                                "compose needs a variable the env example lacks",
                                "deploy/robson.env.example",
                                "DATABASE_PASSWORD=changeme-database-password\n",
                                "",
                                known),
                        new Mutation(
                                "ConfigMap names a variable the server never reads",
                                "deploy/k8s/configmap.yaml",
                                "ROBSON_TRADING: \"paper\"",
                                "ROBSON_TRADNG: \"paper\"",
                                known),
                        new Mutation(
                                "Secret names a variable the server never reads",
                                "deploy/k8s/secret.example.yaml",
                                "  DATABASE_USER: \"robson\"",
                                "  DB_USER: \"robson\"",
                                known),
                        new Mutation(
                                "env example names a variable the server never reads",
                                "deploy/robson.env.example",
                                "ROBSON_TRADING=paper",
                                "ROBSON_TRADE=paper",
                                known),
                        new Mutation(
                                "runtime stage runs as root",
                                "deploy/Dockerfile",
                                "USER 10001:10001",
                                "USER root",
                                docker),
                        new Mutation("runtime stage has no USER", "deploy/Dockerfile", "USER 10001:10001", "", docker),
                        new Mutation(
                                "single-stage Dockerfile",
                                "deploy/Dockerfile",
                                null,
                                "FROM eclipse-temurin:25-jre\nCOPY robson-server.jar /app/\nUSER 10001\nEXPOSE 8080\n"
                                        + "ENTRYPOINT [\"java\", \"-jar\", \"/app/robson-server.jar\"]\n",
                                docker),
                        new Mutation("port not exposed", "deploy/Dockerfile", "EXPOSE 8080", "EXPOSE 8081", docker),
                        new Mutation(
                                "a real key in the env example",
                                "deploy/robson.env.example",
                                "ROBSON_JWT_SECRET=changeme-output-of-openssl-rand-base64-48",
                                "ROBSON_JWT_SECRET=" + realLookingKey,
                                secretFree),
                        new Mutation(
                                "a real password in the Secret",
                                "deploy/k8s/secret.example.yaml",
                                "DATABASE_PASSWORD: \"changeme-database-password\"",
                                "DATABASE_PASSWORD: \"hunter2-prod\"",
                                secretFree),
                        new Mutation(
                                "a secret hard-coded in compose",
                                "deploy/compose.yaml",
                                "ROBSON_MASTER_KEY: ${ROBSON_MASTER_KEY:?set ROBSON_MASTER_KEY in deploy/robson.env}",
                                "ROBSON_MASTER_KEY: not-a-placeholder",
                                secretFree),
                        new Mutation(
                                "a key pasted in the README",
                                "deploy/README.md",
                                "## Auditing dependencies",
                                "export TOKEN=" + realLookingKey + "\n\n## Auditing dependencies",
                                secretFree),
                        new Mutation(
                                "a hex key pasted in the README",
                                "deploy/README.md",
                                "## Auditing dependencies",
                                "token: "
                                        + HexFormat.of()
                                                .formatHex(realLookingKey.getBytes(StandardCharsets.US_ASCII), 0, 24)
                                        + "\n\n## Auditing dependencies",
                                secretFree),
                        new Mutation(
                                "a private key",
                                "deploy/README.md",
                                "## Auditing dependencies",
                                "-----BEGIN PRIVATE KEY-----\n\n## Auditing dependencies",
                                secretFree))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void mutation(Mutation mutation, @TempDir Path copy) throws IOException {
        copyTree(ROOT.resolve("deploy"), copy.resolve("deploy"));
        copyTree(ROOT.resolve("robson-server/src/main/resources"), copy.resolve("robson-server/src/main/resources"));
        Deploy deploy = new Deploy(copy);
        mutation.check().accept(deploy); // the intact copy passes, so the failure below is the mutation's

        Path file = copy.resolve(mutation.file());
        if (mutation.from() == null) {
            Files.writeString(file, mutation.to());
        } else {
            String text = Files.readString(file);
            assertThat(text)
                    .as("%s still contains the text this mutation replaces", mutation.file())
                    .contains(mutation.from());
            Files.writeString(file, text.replace(mutation.from(), mutation.to()));
        }

        assertThatThrownBy(() -> mutation.check().accept(deploy))
                .as("the check should catch: %s", mutation.name())
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void theRealLookingKeyOfTheMutationsReallyLooksReal() {
        assertThat(Deploy.secretLookingTokens(realLookingKey())).isNotEmpty();
        assertThat(Deploy.secretLookingTokens("changeme-output-of-openssl-rand-base64-48"))
                .isEmpty();
        assertThat(Deploy.secretLookingTokens("/usr/local/lib/node_modules/npm/bin/npm-cli.js"))
                .isEmpty();
    }

    /** Base64 of 48 pseudo-random bytes, like `openssl rand -base64 48`; fixed seed, so every run is alike. */
    private static String realLookingKey() {
        byte[] bytes = new byte[48];
        new Random(20251222L).nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    // ---------------------------------------------------------------------------------------

    /** The deployment files of one copy of the repository, and the checks on them. */
    record Deploy(Path root) {

        private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
        private static final Pattern ENV_LINE = Pattern.compile("^#?\\s*([A-Z][A-Z0-9_]*)=(.*)$");
        private static final Pattern BASE64_RUN = Pattern.compile("[A-Za-z0-9+/_=-]{40,}");
        private static final Pattern HEX_RUN = Pattern.compile("(?<![A-Za-z0-9:])[0-9a-fA-F]{32,}(?![A-Za-z0-9])");
        private static final Pattern MARKED_PLACEHOLDER =
                Pattern.compile("changeme|placeholder|replace[-_ ]?me", Pattern.CASE_INSENSITIVE);

        Path deploy() {
            return root.resolve("deploy");
        }

        Path k8s() {
            return deploy().resolve("k8s");
        }

        // ----- checks -----

        void checkEveryYamlFileParses() {
            List<Path> files = yamlFiles();
            assertThat(files).as("YAML files under deploy/").isNotEmpty();
            for (Path file : files) {
                List<Object> documents;
                try {
                    documents = load(file);
                } catch (RuntimeException e) {
                    throw new AssertionError(relative(file) + " does not parse: " + e.getMessage(), e);
                }
                assertThat(documents)
                        .as("%s has no YAML document", relative(file))
                        .isNotEmpty();
                assertThat(documents)
                        .as("%s: every document is a mapping", relative(file))
                        .allSatisfy(document -> assertThat(document).isInstanceOf(Map.class));
            }
        }

        void checkKubernetesObjectsAreNamed() {
            List<Path> manifests = manifestFiles();
            assertThat(manifests).as("manifests in deploy/k8s").isNotEmpty();
            for (Path file : manifests) {
                for (Object document : load(file)) {
                    assertThat(string(document, "apiVersion"))
                            .as("%s: apiVersion", relative(file))
                            .isNotBlank();
                    assertThat(string(document, "kind"))
                            .as("%s: kind", relative(file))
                            .isNotBlank();
                    assertThat(string(document, "metadata", "name"))
                            .as("%s: metadata.name", relative(file))
                            .isNotBlank();
                }
            }
        }

        void checkDeployment() {
            Map<String, Object> deployment = theOne("Deployment");
            Object replicas = get(deployment, "spec", "replicas");
            assertThat(replicas).as("Deployment replicas").isInstanceOf(Integer.class);
            assertThat((Integer) replicas).as("Deployment replicas").isGreaterThanOrEqualTo(2);
            assertThat(get(deployment, "spec", "strategy", "rollingUpdate", "maxUnavailable"))
                    .as("rolling updates keep every replica until its successor is ready")
                    .isEqualTo(0);
            assertThat(string(deployment, "spec", "template", "metadata", "annotations", "prometheus.io/path"))
                    .as("Prometheus scrape path")
                    .isEqualTo("/actuator/prometheus");

            Map<String, Object> pod = map(get(deployment, "spec", "template", "spec"), "pod spec");
            Map<String, Object> server = mainContainer(deployment);
            assertThat(string(server, "readinessProbe", "httpGet", "path"))
                    .as("readiness probe path")
                    .isEqualTo("/actuator/health/readiness");
            assertThat(string(server, "livenessProbe", "httpGet", "path"))
                    .as("liveness probe path")
                    .isEqualTo("/actuator/health/liveness");
            assertThat(get(server, "startupProbe", "httpGet", "path"))
                    .as("startup probe")
                    .isNotNull();
            Set<Object> ports = containerPorts(server);
            for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                assertThat(ports)
                        .as("%s port is one the container declares", probe)
                        .contains(get(server, probe, "httpGet", "port"));
            }

            assertThat(get(server, "resources", "requests", "cpu"))
                    .as("CPU request")
                    .isNotNull();
            assertThat(get(server, "resources", "requests", "memory"))
                    .as("memory request")
                    .isNotNull();
            assertThat(get(server, "resources", "limits", "memory"))
                    .as("memory limit")
                    .isNotNull();

            Object nonRoot = firstNonNull(
                    get(server, "securityContext", "runAsNonRoot"), get(pod, "securityContext", "runAsNonRoot"));
            assertThat(nonRoot).as("runAsNonRoot").isEqualTo(true);
            assertThat(get(server, "securityContext", "readOnlyRootFilesystem"))
                    .as("readOnlyRootFilesystem")
                    .isEqualTo(true);
            assertThat(get(server, "securityContext", "allowPrivilegeEscalation"))
                    .as("allowPrivilegeEscalation")
                    .isEqualTo(false);
            assertThat(list(get(server, "securityContext", "capabilities", "drop"), "dropped capabilities"))
                    .as("dropped capabilities")
                    .contains("ALL");
        }

        void checkServiceAndBudget() {
            Map<String, Object> deployment = theOne("Deployment");
            Map<String, Object> podLabels =
                    map(get(deployment, "spec", "template", "metadata", "labels"), "pod template labels");
            Map<String, Object> deploymentSelector =
                    map(get(deployment, "spec", "selector", "matchLabels"), "Deployment selector");
            assertThat(podLabels).as("the Deployment selects its own pods").containsAllEntriesOf(deploymentSelector);

            Map<String, Object> service = theOne("Service");
            Map<String, Object> serviceSelector = map(get(service, "spec", "selector"), "Service selector");
            assertThat(serviceSelector).as("Service selector").isNotEmpty();
            assertThat(podLabels)
                    .as("the Service selects the Deployment's pods")
                    .containsAllEntriesOf(serviceSelector);
            Set<Object> ports = containerPorts(mainContainer(deployment));
            for (Object port : list(get(service, "spec", "ports"), "Service ports")) {
                assertThat(ports).as("Service targetPort is a container port").contains(get(port, "targetPort"));
            }

            Map<String, Object> budget = theOne("PodDisruptionBudget");
            Map<String, Object> budgetSelector =
                    map(get(budget, "spec", "selector", "matchLabels"), "PodDisruptionBudget selector");
            assertThat(budgetSelector).as("PodDisruptionBudget selector").isNotEmpty();
            assertThat(podLabels)
                    .as("the PodDisruptionBudget selects the Deployment's pods")
                    .containsAllEntriesOf(budgetSelector);
            Object minAvailable = get(budget, "spec", "minAvailable");
            assertThat(minAvailable).as("PodDisruptionBudget minAvailable").isInstanceOf(Integer.class);
            assertThat((Integer) minAvailable)
                    .as("minAvailable: at least one, fewer than the replicas")
                    .isGreaterThanOrEqualTo(1)
                    .isLessThan((Integer) get(deployment, "spec", "replicas"));
        }

        void checkConfigurationReachesThePods() {
            Map<String, Object> deployment = theOne("Deployment");
            Map<String, Object> configMap = theOne("ConfigMap");
            Map<String, Object> secret = theOne("Secret");
            List<Object> envFrom = list(get(mainContainer(deployment), "envFrom"), "envFrom");
            Set<Object> configMaps = new LinkedHashSet<>();
            Set<Object> secrets = new LinkedHashSet<>();
            for (Object source : envFrom) {
                configMaps.add(get(source, "configMapRef", "name"));
                secrets.add(get(source, "secretRef", "name"));
            }
            assertThat(configMaps).as("envFrom ConfigMaps").contains(string(configMap, "metadata", "name"));
            assertThat(secrets).as("envFrom Secrets").contains(string(secret, "metadata", "name"));
            Set<String> defined = Set.of(string(configMap, "metadata", "name"), string(secret, "metadata", "name"));
            for (Object source : envFrom) {
                Object name = firstNonNull(get(source, "configMapRef", "name"), get(source, "secretRef", "name"));
                assertThat(defined)
                        .as("envFrom refers to an object these manifests define")
                        .contains((String) name);
            }

            Map<String, Object> data = map(get(configMap, "data"), "ConfigMap data");
            data.forEach((key, value) ->
                    assertThat(value).as("ConfigMap %s is a string", key).isInstanceOf(String.class));
            assertThat(data.get("SERVER_PORT"))
                    .as("SERVER_PORT is the container port")
                    .isEqualTo(String.valueOf(get(
                            list(get(mainContainer(deployment), "ports"), "ports")
                                    .get(0),
                            "containerPort")));
            assertThat(data.keySet())
                    .as("secrets belong in the Secret, not the ConfigMap")
                    .doesNotContainAnyElementsOf(SECRET_NAMES);
        }

        void checkKustomization() {
            Map<String, Object> kustomization =
                    map(load(k8s().resolve("kustomization.yaml")).get(0), "kustomization");
            Set<String> listed = new TreeSet<>();
            for (Object resource : list(kustomization.get("resources"), "kustomization resources")) {
                listed.add((String) resource);
            }
            Set<String> present = new TreeSet<>();
            for (Path file : manifestFiles()) {
                present.add(file.getFileName().toString());
            }
            assertThat(listed)
                    .as("kustomization resources against the manifests in deploy/k8s")
                    .isEqualTo(present);
        }

        void checkCompose() {
            Map<String, Object> compose = compose();
            Map<String, Object> services = map(get(compose, "services"), "compose services");
            Map<String, Object> server = composeServer(compose);
            assertThat(string(server, "build", "context"))
                    .as("build context is the repository root")
                    .isEqualTo("..");
            Map<String, Object> dependsOn = map(server.get("depends_on"), "server depends_on");
            assertThat(dependsOn.keySet())
                    .as("the server waits for every other service")
                    .containsExactlyInAnyOrderElementsOf(services.keySet().stream()
                            .filter(name -> services.get(name) != server)
                            .toList());
            dependsOn.forEach((name, condition) -> {
                assertThat(get(condition, "condition"))
                        .as("server waits for %s to be healthy", name)
                        .isEqualTo("service_healthy");
                assertThat(list(get(services.get(name), "healthcheck", "test"), name + " healthcheck"))
                        .as("%s healthcheck", name)
                        .isNotEmpty();
            });
        }

        void checkEnvironmentNames() {
            Set<String> known = knownNames();
            Map<String, Set<String>> used = new LinkedHashMap<>();

            Map<String, Object> serverEnvironment = environment(composeServer(compose()));
            assertThat(serverEnvironment).as("compose server environment").containsKey("DATABASE_URL");
            used.put("compose.yaml (server environment)", serverEnvironment.keySet());
            used.put("robson.env.example", envExample().keySet());
            used.put(
                    "k8s ConfigMap",
                    map(get(theOne("ConfigMap"), "data"), "ConfigMap data").keySet());
            Map<String, Object> secret = theOne("Secret");
            Set<String> secretNames = new TreeSet<>();
            for (String field : List.of("stringData", "data")) {
                Object values = secret.get(field);
                if (values != null) {
                    secretNames.addAll(map(values, "Secret " + field).keySet());
                }
            }
            assertThat(secretNames).as("k8s Secret keys").isNotEmpty();
            used.put("k8s Secret", secretNames);
            Object podEnv = get(mainContainer(theOne("Deployment")), "env");
            if (podEnv != null) {
                Set<String> names = new TreeSet<>();
                list(podEnv, "container env").forEach(variable -> names.add(string(variable, "name")));
                used.put("k8s Deployment env", names);
            }
            used.forEach((where, names) -> assertThat(names)
                    .as("%s: every variable is one the server reads (application*.yml or the documented set)", where)
                    .isSubsetOf(known));

            // What compose reads from the env file must be documented in the example.
            Set<String> needed = new TreeSet<>();
            for (String value : strings(compose())) {
                Matcher placeholders = PLACEHOLDER.matcher(value);
                while (placeholders.find()) {
                    needed.add(placeholders.group(1));
                }
            }
            assertThat(needed)
                    .as("compose interpolates its secrets from the env file")
                    .contains("ROBSON_JWT_SECRET");
            serverEnvironment.forEach((name, value) -> {
                if (value == null) {
                    needed.add(name); // passed through from the env file when set there
                }
            });
            assertThat(envExample().keySet())
                    .as("robson.env.example documents what compose reads")
                    .containsAll(needed);
        }

        void checkDockerfile() {
            List<String> lines = dockerfileInstructions();
            List<Integer> stages = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).matches("(?i)FROM\\s.*")) {
                    stages.add(i);
                }
            }
            assertThat(stages).as("FROM stages in the Dockerfile").hasSizeGreaterThanOrEqualTo(2);
            List<String> runtime = lines.subList(stages.get(stages.size() - 1), lines.size());
            List<String> users = runtime.stream()
                    .filter(line -> line.matches("(?i)USER\\s.*"))
                    .toList();
            assertThat(users).as("the runtime stage sets a USER").isNotEmpty();
            String user = users.get(users.size() - 1).substring(4).trim().split(":")[0];
            assertThat(user).as("the runtime stage's USER").isNotIn("root", "0").isNotBlank();
            assertThat(runtime).as("the runtime stage exposes the server port").contains("EXPOSE 8080");
            assertThat(runtime)
                    .as("the runtime stage starts the server from its start-up archive")
                    .anyMatch(line -> line.startsWith("ENTRYPOINT")
                            && line.contains("/app/robson-server.jar")
                            && line.contains("-XX:AOTCache=/app/robson-server.aot"));
            assertThat(runtime)
                    .as("the runtime stage makes the start-up archive its entry point uses")
                    .anyMatch(line ->
                            line.startsWith("RUN") && line.contains("-XX:AOTCacheOutput=/app/robson-server.aot"));
        }

        void checkNoSecrets() {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(deploy())) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertThat(files).as("files under deploy/").isNotEmpty();
            for (Path file : files) {
                String[] lines = read(file).split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    String line = lines[i];
                    String where = relative(file) + ":" + (i + 1);
                    assertThat(line).as("%s: private key material", where).doesNotContain("PRIVATE KEY-----");
                    if (!MARKED_PLACEHOLDER.matcher(line).find()) {
                        assertThat(secretLookingTokens(line))
                                .as("%s: looks like a real secret", where)
                                .isEmpty();
                    }
                }
            }

            // Values of secret variables: a placeholder, an interpolation or nothing.
            envExample().forEach((name, value) -> assertSecretValueIsPlaceholder("robson.env.example", name, value));
            environment(composeServer(compose()))
                    .forEach((name, value) -> assertSecretValueIsPlaceholder("compose.yaml", name, value));
            Map<String, Object> secret = theOne("Secret");
            if (secret.get("stringData") != null) {
                map(secret.get("stringData"), "Secret stringData")
                        .forEach((name, value) -> assertSecretValueIsPlaceholder("k8s Secret", name, value));
            }
            if (secret.get("data") != null) {
                map(secret.get("data"), "Secret data")
                        .forEach((name, value) -> assertSecretValueIsPlaceholder(
                                "k8s Secret",
                                name,
                                new String(Base64.getDecoder().decode((String) value), StandardCharsets.UTF_8)));
            }
        }

        // ----- helpers -----

        static List<String> secretLookingTokens(String line) {
            List<String> found = new ArrayList<>();
            Matcher base64 = BASE64_RUN.matcher(line);
            while (base64.find()) {
                String token = base64.group();
                boolean mixed = token.chars().anyMatch(Character::isUpperCase)
                        && token.chars().anyMatch(Character::isLowerCase)
                        && token.chars().anyMatch(Character::isDigit);
                if (mixed && token.chars().distinct().count() >= 16) {
                    found.add(token);
                }
            }
            Matcher hex = HEX_RUN.matcher(line);
            while (hex.find()) {
                String token = hex.group();
                boolean lettersAndDigits = token.chars().anyMatch(Character::isLetter)
                        && token.chars().anyMatch(Character::isDigit);
                boolean digest = line.regionMatches(true, Math.max(0, hex.start() - 7), "sha256:", 0, 7);
                if (lettersAndDigits && !digest) {
                    found.add(token);
                }
            }
            return found;
        }

        private static void assertSecretValueIsPlaceholder(String where, String name, Object value) {
            if (!SECRET_NAMES.contains(name) || value == null) {
                return;
            }
            String text = value.toString().trim();
            boolean placeholder = text.isEmpty()
                    || text.startsWith("${")
                    || text.toLowerCase(Locale.ROOT).contains("changeme");
            assertThat(placeholder)
                    .as("%s: %s must be a `changeme` placeholder or `${…}`, not a value", where, name)
                    .isTrue();
        }

        /** `${NAME…}` placeholders of the server's application*.yml, plus the documented set. */
        Set<String> knownNames() {
            Path resources = root.resolve("robson-server/src/main/resources");
            Set<String> names = new TreeSet<>(DOCUMENTED_NAMES);
            int fromYaml = 0;
            try (Stream<Path> files = Files.list(resources)) {
                for (Path file : files.filter(f -> f.getFileName().toString().matches("application.*\\.ya?ml"))
                        .toList()) {
                    Matcher placeholder = PLACEHOLDER.matcher(read(file));
                    while (placeholder.find()) {
                        names.add(placeholder.group(1));
                        fromYaml++;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertThat(fromYaml)
                    .as("${NAME} placeholders found in %s/application*.yml", resources)
                    .isPositive();
            return names;
        }

        Map<String, String> envExample() {
            Map<String, String> variables = new LinkedHashMap<>();
            for (String line : read(deploy().resolve("robson.env.example")).split("\n")) {
                Matcher matcher = ENV_LINE.matcher(line.strip());
                if (matcher.matches()) {
                    variables.put(matcher.group(1), line.strip().startsWith("#") ? null : matcher.group(2));
                }
            }
            assertThat(variables).as("variables in robson.env.example").isNotEmpty();
            return variables;
        }

        Map<String, Object> compose() {
            return map(load(deploy().resolve("compose.yaml")).get(0), "compose.yaml");
        }

        /** The service built from deploy/Dockerfile. */
        static Map<String, Object> composeServer(Map<String, Object> compose) {
            List<Map<String, Object>> built = new ArrayList<>();
            map(get(compose, "services"), "compose services").forEach((name, service) -> {
                if (get(service, "build") != null) {
                    built.add(map(service, name));
                }
            });
            assertThat(built)
                    .as("compose services built from deploy/Dockerfile")
                    .hasSize(1);
            assertThat(string(built.get(0), "build", "dockerfile"))
                    .as("compose build dockerfile")
                    .isEqualTo("deploy/Dockerfile");
            return built.get(0);
        }

        /** A compose service's environment, from either its mapping or its list form. */
        static Map<String, Object> environment(Map<String, Object> service) {
            Object environment = service.get("environment");
            Map<String, Object> variables = new LinkedHashMap<>();
            if (environment instanceof Map<?, ?> mapping) {
                mapping.forEach((name, value) -> variables.put(String.valueOf(name), value));
            } else if (environment instanceof List<?> entries) {
                for (Object entry : entries) {
                    String[] parts = String.valueOf(entry).split("=", 2);
                    variables.put(parts[0], parts.length > 1 ? parts[1] : null);
                }
            }
            return variables;
        }

        List<String> dockerfileInstructions() {
            List<String> instructions = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String raw : read(deploy().resolve("Dockerfile")).split("\n")) {
                String line = raw.strip();
                if (current.isEmpty() && (line.isEmpty() || line.startsWith("#"))) {
                    continue;
                }
                if (line.endsWith("\\")) {
                    current.append(line, 0, line.length() - 1).append(' ');
                    continue;
                }
                current.append(line);
                instructions.add(current.toString().strip());
                current.setLength(0);
            }
            return instructions;
        }

        Map<String, Object> theOne(String kind) {
            List<Map<String, Object>> found = new ArrayList<>();
            for (Path file : manifestFiles()) {
                for (Object document : load(file)) {
                    if (kind.equals(get(document, "kind"))) {
                        found.add(map(document, kind));
                    }
                }
            }
            assertThat(found).as("%s objects in deploy/k8s", kind).hasSize(1);
            return found.get(0);
        }

        static Map<String, Object> mainContainer(Map<String, Object> deployment) {
            List<Object> containers = list(get(deployment, "spec", "template", "spec", "containers"), "containers");
            assertThat(containers).as("Deployment containers").isNotEmpty();
            return map(containers.get(0), "container");
        }

        /** A container's ports, by name and by number, as probes and Services may refer to either. */
        static Set<Object> containerPorts(Map<String, Object> container) {
            Set<Object> ports = new LinkedHashSet<>();
            for (Object port : list(container.get("ports"), "container ports")) {
                ports.add(get(port, "containerPort"));
                if (get(port, "name") != null) {
                    ports.add(get(port, "name"));
                }
            }
            return ports;
        }

        List<Path> yamlFiles() {
            List<Path> files = new ArrayList<>();
            files.add(deploy().resolve("compose.yaml"));
            files.addAll(k8sYaml());
            return files;
        }

        /** Kubernetes objects: every YAML file in deploy/k8s except the kustomization. */
        List<Path> manifestFiles() {
            return k8sYaml().stream()
                    .filter(file -> !file.getFileName().toString().startsWith("kustomization."))
                    .toList();
        }

        private List<Path> k8sYaml() {
            try (Stream<Path> files = Files.list(k8s())) {
                return files.filter(file -> file.getFileName().toString().matches(".*\\.ya?ml"))
                        .sorted()
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static List<Object> load(Path file) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            List<Object> documents = new ArrayList<>();
            for (Object document : new Yaml(new SafeConstructor(options)).loadAll(read(file))) {
                if (document != null) {
                    documents.add(document);
                }
            }
            return documents;
        }

        static String read(Path file) {
            try {
                return Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private String relative(Path file) {
            return root.relativize(file).toString();
        }

        /** Every string in a parsed YAML tree, keys and values (comments are not part of it). */
        static List<String> strings(Object node) {
            List<String> found = new ArrayList<>();
            if (node instanceof Map<?, ?> mapping) {
                mapping.forEach((key, value) -> {
                    found.addAll(strings(key));
                    found.addAll(strings(value));
                });
            } else if (node instanceof List<?> items) {
                items.forEach(item -> found.addAll(strings(item)));
            } else if (node instanceof String text) {
                found.add(text);
            }
            return found;
        }

        static Object get(Object node, String... path) {
            Object current = node;
            for (String key : path) {
                if (!(current instanceof Map<?, ?> mapping)) {
                    return null;
                }
                current = mapping.get(key);
            }
            return current;
        }

        static String string(Object node, String... path) {
            Object value = get(node, path);
            return value == null ? null : value.toString();
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> map(Object node, String what) {
            if (!(node instanceof Map<?, ?>)) {
                fail("%s should be a mapping, is %s", what, node);
            }
            return (Map<String, Object>) node;
        }

        @SuppressWarnings("unchecked")
        static List<Object> list(Object node, String what) {
            if (!(node instanceof List<?>)) {
                fail("%s should be a list, is %s", what, node);
            }
            return (List<Object>) node;
        }

        static Object firstNonNull(Object first, Object second) {
            return first != null ? first : second;
        }
    }

    // ---------------------------------------------------------------------------------------

    /** The repository root: the nearest folder at or above the working directory holding deploy/ and a pom. */
    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("deploy")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException(
                "No deploy/ folder at or above " + Path.of("").toAbsolutePath());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
