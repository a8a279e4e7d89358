package dev.robson.server.admin;

import dev.robson.server.auth.AuthProperties;
import dev.robson.server.auth.PasswordHashingConfig;
import dev.robson.server.auth.UserAccess;
import dev.robson.server.auth.UserAccountRepository;
import dev.robson.server.config.ClockConfig;
import dev.robson.server.config.RobsonProperties;
import dev.robson.server.credentials.CredentialVault;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Just enough of the server for administration: the database (migrated by Flyway), users,
 * password hashing and the credential vault. No web server, no signing key, no market.
 */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration
@EnableConfigurationProperties({AuthProperties.class, RobsonProperties.class})
@Import({
    UserAccountRepository.class,
    UserAccess.class,
    TenantAdministration.class,
    PasswordHashingConfig.class,
    ClockConfig.class,
    CredentialVault.class
})
class AdminContext {}
