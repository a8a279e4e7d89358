package dev.robson.server.web;

import java.io.IOException;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the file when there is one, else {@code index.html} for the dashboard's own routes,
 * so a bookmarked or reloaded deep link opens the app instead of a 404.
 */
final class SpaFallbackResolver extends PathResourceResolver {

    static final String INDEX = "index.html";

    @Override
    protected Resource getResource(String resourcePath, Resource location) throws IOException {
        Resource file = super.getResource(resourcePath, location);
        if (file != null || !ClientRoutes.isClientRoute(resourcePath)) {
            return file;
        }
        return super.getResource(INDEX, location);
    }
}
