package kr.innocluster.portal.perf;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;

/**
 * Counts the SQL statements the current thread sends to PostgreSQL, whoever sends them (Hibernate, JdbcTemplate): the
 * data source bean is wrapped (a subclass proxy, so its type stays the same) and every connection it hands out counts
 * prepared statements, calls and plain statement executions while {@link #count(Supplier)} runs on this thread.
 * Nothing is counted outside it, and other threads (scheduled jobs, the outbox) never count.
 */
@TestComponent
public class StatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<List<String>> COUNTING = new ThreadLocal<>();

    /** Runs {@code work} and returns how many statements it sent, with its result. */
    public static <T> Counted<T> count(Supplier<T> work) {
        List<String> previous = COUNTING.get();
        List<String> statements = new ArrayList<>();
        COUNTING.set(statements);
        try {
            T result = work.get();
            return new Counted<>(statements.size(), List.copyOf(statements), result);
        } finally {
            COUNTING.set(previous);
        }
    }

    /** The SQL of the statements {@code work} sent, in order. */
    public static List<String> statements(Runnable work) {
        return count(() -> {
            work.run();
            return null;
        }).sql();
    }

    public record Counted<T>(int statements, List<String> sql, T result) {
    }

    private static void counted(Object sql) {
        List<String> statements = COUNTING.get();
        if (statements != null) {
            statements.add(String.valueOf(sql));
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof DataSource)) {
            return bean;
        }
        ProxyFactory factory = new ProxyFactory(bean);
        factory.setProxyTargetClass(true);
        factory.addAdvice((MethodInterceptor) invocation -> {
            Object result = invocation.proceed();
            String method = invocation.getMethod().getName();
            return "getConnection".equals(method) && result instanceof Connection connection
                    ? countingConnection(connection) : result;
        });
        return factory.getProxy(bean.getClass().getClassLoader());
    }

    private static Connection countingConnection(Connection target) {
        return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("prepareStatement") || name.equals("prepareCall")) {
                        counted(args[0]);
                    }
                    Object result = invoke(method, target, args);
                    if (name.equals("createStatement") && result instanceof Statement statement) {
                        return countingStatement(statement);
                    }
                    return result;
                });
    }

    private static Statement countingStatement(Statement target) {
        return (Statement) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                new Class<?>[] {Statement.class}, (proxy, method, args) -> {
                    if (method.getName().startsWith("execute")) {
                        counted(args == null || args.length == 0 ? "(batch)" : args[0]);
                    }
                    return invoke(method, target, args);
                });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
