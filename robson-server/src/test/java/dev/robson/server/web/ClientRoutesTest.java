package dev.robson.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientRoutesTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "login", "positions/1", "some/deep/link", "/dashboard", "apis", "assetsy/x"})
    void whenThePathIsTheAppsOwnThenItFallsBackToThePage(String path) {
        assertThat(ClientRoutes.isClientRoute(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "api",
                "api/unknown",
                "API/x",
                "actuator/health",
                "assets/x.js",
                "assets/new",
                "error",
                "favicon.ico",
                "some/file.txt"
            })
    void whenThePathBelongsToTheServerOrNamesAFileThenItDoesNot(String path) {
        assertThat(ClientRoutes.isClientRoute(path)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/portfolio/positions/", "/api", "/actuator/health", "/actuator"})
    void whenTheResponseIsAnApiAnswerThenThePageHeadersAreNotItsConcern(String path) {
        assertThat(ClientRoutes.isPageOrAsset(path)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.html", "/assets/index-abc.js", "/some/deep/link", "/apis"})
    void whenTheResponseIsAPageOrAssetThenItGetsThePageHeaders(String path) {
        assertThat(ClientRoutes.isPageOrAsset(path)).isTrue();
    }
}
