package dev.robson.server;

import dev.robson.server.admin.AdminCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Starts the Robson server, or, when the first argument is {@code admin}, runs one
 * administration command (create a tenant or a user) against the same database and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class RobsonApplication {

    public static void main(String[] args) {
        if (args.length > 0 && "admin".equals(args[0])) {
            System.exit(AdminCommand.run(args));
        }
        SpringApplication.run(RobsonApplication.class, args);
    }
}
