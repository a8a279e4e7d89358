package dev.robson.server.portfolio;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Counts the SQL statements prepared while serving each request path. The count is taken on
 * the thread that serves the request, so the server's own background reads (the outbox relay,
 * the disabled-users refresh) never enter it.
 */
class StatementCounter {

    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");

    private final Map<String, LongAdder> byPath = new ConcurrentHashMap<>();

    long count(String path) {
        LongAdder adder = byPath.get(path);
        return adder == null ? 0 : adder.sum();
    }

    private void countForCurrentRequest() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            byPath.computeIfAbsent(request.getRequestURI(), path -> new LongAdder())
                    .increment();
        }
    }

    DataSource counting(DataSource target) {
        InvocationHandler connections = (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof Connection connection && method.getName().equals("getConnection")
                    ? countingConnection(connection)
                    : result;
        };
        return (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, connections);
    }

    private Connection countingConnection(Connection target) {
        InvocationHandler statements = (proxy, method, args) -> {
            if (STATEMENTS.contains(method.getName())) {
                countForCurrentRequest();
            }
            return invoke(target, method, args);
        };
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, statements);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException failed) {
            throw failed.getCause();
        }
    }

    @TestConfiguration
    static class Config {

        @Bean
        StatementCounter statementCounter() {
            return new StatementCounter();
        }

        @Bean
        static BeanPostProcessor countingDataSource(ObjectProvider<StatementCounter> counter) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource
                            ? counter.getObject().counting(dataSource)
                            : bean;
                }
            };
        }
    }
}
