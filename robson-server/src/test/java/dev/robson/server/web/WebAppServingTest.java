package dev.robson.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.server.support.ApiClient;
import dev.robson.server.support.ApiFixture;
import dev.robson.server.support.ApiTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The dashboard as the server delivers it: the page, its fallback, its caching and its policy. */
@ApiTest
class WebAppServingTest extends ApiFixture {

    private static final Pattern SCRIPT =
            Pattern.compile("<script type=\"module\" crossorigin src=\"(/assets/[^\"]+\\.js)\"");

    @Test
    void whenOpeningTheSiteThenIndexHtmlComesWithTheContentSecurityPolicyAndNoCaching() {
        var reply = api.get("/", null);

        String policy = assertTheAppPage(reply);
        assertThat(policy)
                .contains(
                        "default-src 'self'",
                        "script-src 'self'",
                        "style-src 'self'",
                        "frame-ancestors 'none'",
                        "object-src 'none'",
                        "base-uri 'self'");
        assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(reply.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(reply.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(reply.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    @Test
    void whenTheBuiltPageIsReadThenItHasNoInlineScript() {
        String page = api.get("/index.html", null).body();

        assertThat(page).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
        assertThat(page).doesNotContain(" style=\"", "<style");
    }

    @Test
    void whenOpeningADeepLinkThenTheAppIsServedSoItsRouterCanTakeOver() {
        var reply = api.get("/some/deep/link", null);

        assertTheAppPage(reply);
    }

    @Test
    void whenAnApiPathIsUnknownThenItStaysAProblem404AndNeverThePage() {
        signIn("web");

        var reply = api.get("/api/unknown", token);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("code").asString()).isEqualTo("not_found");
        assertThat(reply.body()).doesNotContain("<html");
    }

    @Test
    void whenAnApiPathIsUnknownAndNoTokenIsSentThenTheAnswerIsStillAProblemNotThePage() {
        var reply = api.get("/api/unknown/deeper", null);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void whenAnActuatorPathIsUnknownThenItIs404NotThePage() {
        var reply = api.get("/actuator/nothing-here", null);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body()).doesNotContain("<div id=\"root\">");
        assertThat(api.get("/actuator/health", null).contentType()).contains("json");
    }

    @Test
    void whenAHashedAssetIsFetchedThenBrowsersMayKeepItForAYear() {
        var reply = api.get(entryScript(), null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).contains("javascript");
        assertThat(reply.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(cache -> assertThat(cache).contains("max-age=31536000", "public", "immutable"));
    }

    @Test
    void whenTheBrowserAcceptsCompressionThenTheAssetGoesOutPrecompressed() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + entryScript()))
                .header("Accept-Encoding", "gzip")
                .GET()
                .build();

        HttpResponse<byte[]> reply = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(reply.headers().allValues("Vary"))
                .anySatisfy(vary -> assertThat(vary).contains("Accept-Encoding"));
        assertThat(reply.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("javascript"));
        assertThat(reply.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(cache -> assertThat(cache).contains("immutable"));
        try (var unzipped = new GZIPInputStream(new ByteArrayInputStream(reply.body()))) {
            assertThat(new String(unzipped.readAllBytes(), StandardCharsets.UTF_8))
                    .isNotBlank();
        }
    }

    @Test
    void whenAnAssetIsMissingThenItIs404AndNotTheAppPretendingToBeAScript() {
        var asset = api.get("/assets/x.js", null);
        var file = api.get("/robots-nope.txt", null);

        assertThat(asset.status()).isEqualTo(404);
        assertThat(asset.body()).doesNotContain("<div id=\"root\">");
        assertThat(file.status()).isEqualTo(404);
    }

    @Test
    void whenAFileBesideThePageIsFetchedThenItIsServedAndRevalidated() {
        var reply = api.get("/favicon.svg", null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("image/svg+xml");
        assertThat(reply.headers().firstValue("Cache-Control")).hasValue("no-cache");
    }

    /**
     * The dashboard's page, whatever path asked for it: HTML holding the app's root, revalidated
     * on every visit (so a new release is seen at once), under a content security policy, returned.
     */
    private static String assertTheAppPage(ApiClient.Reply reply) {
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/html");
        assertThat(reply.body()).contains("<div id=\"root\"></div>");
        assertThat(reply.headers().firstValue("Cache-Control")).hasValue("no-cache");
        return reply.headers().firstValue("Content-Security-Policy").orElseThrow();
    }

    /** The path of the entry script index.html loads (hashed, under /assets/). */
    private String entryScript() {
        Matcher script = SCRIPT.matcher(api.get("/", null).body());
        assertThat(script.find()).as("index.html references its entry script").isTrue();
        return script.group(1);
    }
}
