package dev.robson.server.web;

import java.time.Duration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the dashboard that robson-web packs under {@code META-INF/resources}: hashed assets
 * cached for a year (a new build means new names), everything else revalidated on every load
 * so a deployment reaches browsers at once, and the single-page fallback for client routes.
 * Assets go out precompressed (brotli or gzip, as the browser accepts) from files the build
 * wrote, so the server spends no CPU compressing them.
 * Ordered first so Spring Boot's default {@code /**} static mapping steps aside for this one.
 */
@Configuration(proxyBeanMethods = false)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebAppConfig implements WebMvcConfigurer {

    static final String[] LOCATIONS = {"classpath:/META-INF/resources/", "classpath:/static/"};
    static final CacheControl HASHED_ASSETS =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    static final CacheControl PAGES = CacheControl.noCache();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations(prefixed("assets/"))
                .setCacheControl(HASHED_ASSETS)
                .resourceChain(true)
                // The build writes .br and .gz beside each script and stylesheet.
                .addResolver(new EncodedResourceResolver())
                .addResolver(new PathResourceResolver());
        registry.addResourceHandler("/**")
                .addResourceLocations(LOCATIONS)
                .setCacheControl(PAGES)
                .resourceChain(false)
                .addResolver(new SpaFallbackResolver());
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/").setViewName("forward:/" + SpaFallbackResolver.INDEX);
    }

    @Bean
    FilterRegistrationBean<PageSecurityHeaders> pageSecurityHeaders() {
        var registration = new FilterRegistrationBean<>(new PageSecurityHeaders());
        registration.addUrlPatterns("/*");
        registration.setName("pageSecurityHeaders");
        return registration;
    }

    private static String[] prefixed(String folder) {
        String[] locations = new String[LOCATIONS.length];
        for (int i = 0; i < LOCATIONS.length; i++) {
            locations[i] = LOCATIONS[i] + folder;
        }
        return locations;
    }
}
