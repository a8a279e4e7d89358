package dev.robson.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.server.admin.TenantAdministration;
import dev.robson.server.support.ApiFixture;
import dev.robson.server.support.ApiTest;
import dev.robson.server.support.TestTenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * {@code admin disable-user}: the user's sessions end, and their logins, refreshes and still-valid
 * access tokens are refused; another user of the same tenant is untouched; enabling them again lets
 * them log in but does not bring the old sessions back.
 */
@ApiTest
class DisabledUserTest extends ApiFixture {

    @Autowired
    TenantAdministration administration;

    @Autowired
    DisabledUsers disabledUsers;

    @Autowired
    UserAccountRepository users;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void whenAUserIsDisabledThenTheirSessionsTokensAndLoginsAreRefusedAndAColleagueIsNot() {
        TestTenants.Trader trader = tenants.newTrader("disabled");
        String colleague = trader.username() + "-colleague";
        users.createUser(trader.tenantId(), colleague, passwords.encode(TestTenants.PASSWORD));
        var session = api.post("/api/auth/token", credentials(trader.username()), null)
                .json();
        String access = session.get("access_token").asText();
        String refresh = session.get("refresh_token").asText();
        String colleagueAccess = api.login(colleague, TestTenants.PASSWORD);
        assertThat(api.get("/api/operations/", access).status()).isEqualTo(200);

        var outcome = administration.disableUser(trader.username(), trader.username());
        assertThat(outcome.succeeded()).as(outcome.message()).isTrue();
        // What every replica does every few seconds, done now so the test does not wait for it.
        disabledUsers.refresh();

        var withOldToken = api.get("/api/operations/", access);
        assertThat(withOldToken.status()).isEqualTo(401);
        assertThat(withOldToken.json().get("code").asText()).isEqualTo("invalid_token");
        assertThat(api.post("/api/auth/refresh", "{\"refresh_token\":\"" + refresh + "\"}", null)
                        .status())
                .isEqualTo(401);
        assertThat(api.post("/api/auth/token", credentials(trader.username()), null)
                        .status())
                .isEqualTo(401);
        assertThat(api.get("/api/operations/", colleagueAccess).status())
                .as("another user of the same tenant")
                .isEqualTo(200);

        assertThat(administration
                        .enableUser(trader.username(), trader.username())
                        .succeeded())
                .isTrue();
        disabledUsers.refresh();
        assertThat(api.post("/api/auth/token", credentials(trader.username()), null)
                        .status())
                .isEqualTo(200);
        assertThat(api.post("/api/auth/refresh", "{\"refresh_token\":\"" + refresh + "\"}", null)
                        .status())
                .as("the sessions ended by disabling stay ended")
                .isEqualTo(401);
    }

    @Test
    void whenTheUserOrTenantDoesNotExistThenNothingIsDisabled() {
        TestTenants.Trader trader = tenants.newTrader("absent");

        assertThat(administration.disableUser(trader.username(), "nobody").succeeded())
                .isFalse();
        assertThat(administration
                        .disableUser("no-such-tenant", trader.username())
                        .succeeded())
                .isFalse();
        disabledUsers.refresh();
        assertThat(disabledUsers.includes(trader.tenantId(), trader.username())).isFalse();
    }

    private static String credentials(String username) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + TestTenants.PASSWORD + "\"}";
    }
}
