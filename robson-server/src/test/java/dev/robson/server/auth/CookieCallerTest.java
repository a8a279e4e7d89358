package dev.robson.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.server.support.ApiFixture;
import dev.robson.server.support.ApiTest;
import dev.robson.server.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The refresh cookie works only for the dashboard's own calls: a page on another port of the same
 * host (the same site, so its browser sends the SameSite=Strict cookie) can neither refresh nor
 * end the session, while the CLI, which sends the token in the body, needs no header.
 */
@ApiTest
class CookieCallerTest extends ApiFixture {

    private static final String[] DASHBOARD = {"X-Requested-With", "robson-web"};

    private String cookie;

    @BeforeEach
    void logIn() {
        TestTenants.Trader trader = tenants.newTrader("cookie");
        var login = api.post(
                "/api/auth/token",
                "{\"username\":\"" + trader.username() + "\",\"password\":\"" + TestTenants.PASSWORD + "\"}",
                null);
        String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        cookie = setCookie.substring(0, setCookie.indexOf(';'));
    }

    @Test
    void whenTheCookieComesWithoutTheDashboardsHeaderThenRefreshAndLogoutAreRefusedAndTheSessionLives() {
        var refresh = api.postWithCookie("/api/auth/refresh", cookie, new String[0]);
        var logout = api.postWithCookie("/api/auth/logout", cookie, new String[0]);

        assertThat(refresh.status()).isEqualTo(403);
        assertThat(refresh.json().get("code").asText()).isEqualTo("cookie_caller_refused");
        assertThat(logout.status()).isEqualTo(403);
        assertThat(api.postWithCookie("/api/auth/refresh", cookie).status())
                .as("the session was neither rotated nor ended")
                .isEqualTo(200);
    }

    @Test
    void whenAPageOnAnotherPortSendsTheCookieThenItIsRefusedEvenWithTheHeader() {
        String otherPort = "http://127.0.0.1:" + (port == 9999 ? 9998 : 9999);

        var logout =
                api.postWithCookie("/api/auth/logout", cookie, "X-Requested-With", "robson-web", "Origin", otherPort);
        var refresh =
                api.postWithCookie("/api/auth/refresh", cookie, "X-Requested-With", "robson-web", "Origin", otherPort);

        assertThat(logout.status()).isEqualTo(403);
        assertThat(refresh.status()).isEqualTo(403);
        assertThat(api.postWithCookie("/api/auth/refresh", cookie).status()).isEqualTo(200);
    }

    @Test
    void whenTheDashboardOnItsOwnOriginSendsTheCookieThenItRefreshes() {
        var refresh = api.postWithCookie(
                "/api/auth/refresh", cookie, DASHBOARD[0], DASHBOARD[1], "Origin", "http://127.0.0.1:" + port);

        assertThat(refresh.status()).isEqualTo(200);
        assertThat(refresh.json().get("access_token").asText()).isNotBlank();
    }

    @Test
    void whenTheTokenComesInTheBodyThenNoHeaderIsNeeded() {
        var login = api.post(
                "/api/auth/token",
                "{\"username\":\"" + tenants.newTrader("body").username() + "\",\"password\":\"" + TestTenants.PASSWORD
                        + "\"}",
                null);
        String refreshToken = login.json().get("refresh_token").asText();

        var refreshed = api.post("/api/auth/refresh", "{\"refresh_token\":\"" + refreshToken + "\"}", null);

        assertThat(refreshed.status()).isEqualTo(200);
    }
}
