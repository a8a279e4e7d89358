package dev.robson.server.auth;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
public class PasswordHashingConfig {

    /** BCrypt: slow and salted by design, with a cost that grows with hardware. */
    @Bean
    PasswordEncoder passwordEncoder(AuthProperties auth) {
        return new BCryptPasswordEncoder(auth.passwordHashStrength());
    }
}
