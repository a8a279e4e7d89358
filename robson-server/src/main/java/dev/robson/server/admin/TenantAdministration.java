package dev.robson.server.admin;

import dev.robson.server.auth.UserAccess;
import dev.robson.server.auth.UserAccountRepository;
import dev.robson.server.credentials.CredentialVault;
import dev.robson.server.credentials.ExchangeCredentials;
import java.util.function.LongFunction;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates tenants and users, with the same checks whoever asks. */
@Service
public class TenantAdministration {

    private static final Pattern TENANT_NAME = Pattern.compile("[A-Za-z0-9_-]{2,64}");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{2,64}");
    static final int MINIMUM_PASSWORD_LENGTH = 10;

    private final UserAccountRepository users;
    private final PasswordEncoder passwords;
    private final CredentialVault vault;
    private final UserAccess access;

    TenantAdministration(
            UserAccountRepository users, PasswordEncoder passwords, CredentialVault vault, UserAccess access) {
        this.users = users;
        this.passwords = passwords;
        this.vault = vault;
        this.access = access;
    }

    /** Ends the user's sessions and refuses their logins, refreshes and access tokens from now on. */
    @Transactional
    public Outcome disableUser(String tenant, String username) {
        return switchUser(
                tenant,
                username,
                access::disable,
                "Disabled user " + username + " of tenant " + tenant
                        + ": sessions revoked; access tokens refused within seconds on every replica.");
    }

    /** Lets a disabled user log in again (their old sessions stay ended). */
    @Transactional
    public Outcome enableUser(String tenant, String username) {
        return switchUser(tenant, username, access::enable, "Enabled user " + username + " of tenant " + tenant + ".");
    }

    /** A switch of {@link UserAccess} on one user (false when there is no such user), refused for a missing tenant. */
    private Outcome switchUser(String tenant, String username, UserSwitch change, String done) {
        return ofTenant(tenant, tenantId -> {
            if (!change.apply(tenantId, username)) {
                return new Outcome(false, "No user " + username + " in tenant " + tenant + ".");
            }
            return new Outcome(true, done);
        });
    }

    /** A step on the named tenant; every step refuses a missing tenant first, with the same words. */
    private Outcome ofTenant(String tenant, LongFunction<Outcome> step) {
        return users.findTenantId(tenant)
                .map(step::apply)
                .orElseGet(() -> new Outcome(false, "No tenant named " + tenant + "."));
    }

    @FunctionalInterface
    private interface UserSwitch {
        boolean apply(long tenantId, String username);
    }

    public record Outcome(boolean succeeded, String message) {}

    @Transactional
    public Outcome createTenant(String name) {
        if (name == null || !TENANT_NAME.matcher(name).matches()) {
            return new Outcome(false, "A tenant name is 2 to 64 letters, digits, '-' or '_'.");
        }
        if (users.findTenantId(name).isPresent()) {
            return new Outcome(false, "Tenant " + name + " already exists.");
        }
        long id = users.createTenant(name);
        return new Outcome(true, "Created tenant " + name + " (tenant_id " + id + ").");
    }

    @Transactional
    public Outcome createUser(String tenant, String username, String password) {
        return ofTenant(tenant, tenantId -> {
            if (username == null || !USERNAME.matcher(username).matches()) {
                return new Outcome(false, "A username is 2 to 64 letters, digits, '.', '-' or '_'.");
            }
            if (users.usernameTaken(username)) {
                return new Outcome(false, "Username " + username + " is taken.");
            }
            if (password == null || password.length() < MINIMUM_PASSWORD_LENGTH) {
                return new Outcome(false, "A password has at least " + MINIMUM_PASSWORD_LENGTH + " characters.");
            }
            users.createUser(tenantId, username, passwords.encode(password));
            return new Outcome(true, "Created user " + username + " in tenant " + tenant + ".");
        });
    }

    @Transactional
    public Outcome setApiKey(String tenant, ExchangeCredentials.KeyType type, String apiKey, String secret) {
        return ofTenant(tenant, tenantId -> {
            if (apiKey == null || !apiKey.matches("[A-Za-z0-9]{1,128}") || secret == null || secret.isBlank()) {
                return new Outcome(false, "Give an API key of letters and digits and its secret on standard input.");
            }
            var credentials = new ExchangeCredentials(type, apiKey, secret);
            vault.store(tenantId, credentials);
            return new Outcome(true, "Stored " + type + " key " + credentials.hint() + " for tenant " + tenant + ".");
        });
    }
}
