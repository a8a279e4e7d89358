package dev.robson.server.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DataFolderConfig {

    /** Static: a post-processor must exist before the configuration class itself is built. */
    @Bean
    static DataFolderGuard dataFolderGuard() {
        return new DataFolderGuard();
    }
}
