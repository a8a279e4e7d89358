package dev.robson.server.operations;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class OperationNumbersConfig implements WebMvcConfigurer {

    private final OperationRepository operations;

    OperationNumbersConfig(OperationRepository operations) {
        this.operations = operations;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new OperationNumberInterceptor(operations))
                .addPathPatterns(OperationNumberInterceptor.ROUTES);
    }
}
