package dev.robson.server.config;

import java.nio.file.Path;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Makes the data folder owner-only before any bean can open the embedded database in it (a bean
 * factory post-processor runs before every ordinary bean, the data source included), and its
 * files owner-only once the server is up (the database has created them by then).
 */
final class DataFolderGuard
        implements BeanFactoryPostProcessor, EnvironmentAware, ApplicationListener<ApplicationReadyEvent> {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (embeddedDatabaseInDataFolder()) {
            OwnerOnlyFiles.folder(dataFolder());
        }
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent ready) {
        OwnerOnlyFiles.tightenFilesIn(dataFolder());
    }

    /** Only the embedded file database needs the folder; a PostgreSQL deployment may have none. */
    private boolean embeddedDatabaseInDataFolder() {
        String url = environment.getProperty("spring.datasource.url", "");
        return url.startsWith("jdbc:h2:file:");
    }

    private Path dataFolder() {
        return Path.of(environment.getProperty("robson.data-dir", "./data"));
    }
}
