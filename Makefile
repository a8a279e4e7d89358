# The two commands a newcomer needs: `make demo` and `make test`.
# Both find a JDK >= 21 themselves (the machine's default java may be older).

SHELL := /bin/bash
JAVA_HOME := $(shell scripts/java-home)
export JAVA_HOME
MVN := mvn -B -ntp
SERVER_JAR := robson-server/target/robson-server.jar
CLI_JAR := robson-cli/target/robson-cli.jar
# The extracted server and the java options of its start-up archive (scripts/server-start-archive).
SERVER_START := robson-server/target/start-options
CLI_SOURCES := $(shell find robson-cli -path '*/target' -prune -o \( -name '*.java' -o -name 'pom.xml' \) -print)
JAVA_SOURCES := $(shell find robson-core robson-server -path '*/target' -prune -o \( -name '*.java' -o -name '*.sql' -o -name '*.yml' -o -name 'pom.xml' \) -print)
WEB_SOURCES := $(shell find robson-web -path robson-web/node_modules -prune -o -path robson-web/target -prune -o -path robson-web/dist -prune -o -path robson-web/coverage -prune -o -type f -print)
SOURCES := pom.xml $(JAVA_SOURCES) $(WEB_SOURCES)

.PHONY: demo test format build e2e bench-price bench-web bench-cli clean

## Start the demo server (embedded database, simulated market, demo tenants) on SERVER_PORT,
## leaving ./robson (the CLI) ready to use from another terminal.
## JVM flags: deploy/jvm.flags, the image's too (chosen by measurement: docs/benchmarks.md).
## The first start after a build makes the server's start-up archive (a minute, once).
demo: build $(SERVER_START)
	$(JAVA_HOME)/bin/java @deploy/jvm.flags @$(SERVER_START) -jar robson-server/target/app/robson-server.jar \
		--spring.profiles.active=demo

$(SERVER_START): $(SERVER_JAR) deploy/jvm.flags scripts/server-start-archive
	scripts/server-start-archive > $@.partial && mv $@.partial $@

## Every suite: core, web (lint, unit, coverage), server (H2 + PostgreSQL + Redis + fake
## Binance), coverage gates, then the browser end-to-end run against the jar just built.
test:
	scripts/check-services
	$(MVN) -q spotless:check
	$(MVN) install
	robson-web/scripts/e2e.sh

## Apply the project's Java style (palantir-java-format) to every module; `make test` checks it.
format:
	$(MVN) -q spotless:apply

## Build the server and the CLI; `./robson --version` makes the CLI's start-up archive once per build.
build: $(SERVER_JAR) $(CLI_JAR)
	./robson --version > /dev/null

$(SERVER_JAR): $(SOURCES)
	$(MVN) -q install -DskipTests -Djacoco.skip=true -pl robson-core,robson-web,robson-server

## The CLI alone: a thin jar plus target/lib (picocli), no Spring.
$(CLI_JAR): pom.xml $(CLI_SOURCES)
	$(MVN) -q -pl robson-cli -am package -DskipTests -Djacoco.skip=true

e2e: $(SERVER_JAR)
	robson-web/scripts/e2e.sh

bench-price: $(SERVER_JAR)
	bench/price/run.sh

bench-web: $(SERVER_JAR)
	bench/web/run.sh

bench-cli: build
	bench/cli/run.sh

clean:
	$(MVN) -q clean
