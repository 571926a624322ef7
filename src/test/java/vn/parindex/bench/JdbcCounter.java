package vn.parindex.bench;

import java.io.Closeable;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts what the application sends to the database, through a thin JDK proxy around its DataSource: statements
 * executed one by one, batch executions and the statements in them, commits and rollbacks. Round trips =
 * single executions + batch executions + commits + rollbacks. Optionally counts statements per verb and table.
 */
final class JdbcCounter {

    record Snapshot(long executions, long batchExecutions, long batchedStatements, long commits, long rollbacks) {

        /** Statements the database ran: single ones plus every statement inside a batch. */
        long statements() {
            return executions + batchedStatements;
        }

        long roundTrips() {
            return executions + batchExecutions + commits + rollbacks;
        }

        Snapshot minus(Snapshot before) {
            return new Snapshot(executions - before.executions, batchExecutions - before.batchExecutions,
                    batchedStatements - before.batchedStatements, commits - before.commits, rollbacks - before.rollbacks);
        }

        Snapshot plus(Snapshot other) {
            return new Snapshot(executions + other.executions, batchExecutions + other.batchExecutions,
                    batchedStatements + other.batchedStatements, commits + other.commits, rollbacks + other.rollbacks);
        }

        static final Snapshot ZERO = new Snapshot(0, 0, 0, 0, 0);
    }

    private static final LongAdder EXECUTIONS = new LongAdder();
    private static final LongAdder BATCH_EXECUTIONS = new LongAdder();
    private static final LongAdder BATCHED = new LongAdder();
    private static final LongAdder COMMITS = new LongAdder();
    private static final LongAdder ROLLBACKS = new LongAdder();
    private static final Map<String, LongAdder> BY_KEY = new ConcurrentHashMap<>();
    private static volatile boolean profiling;

    private static final Pattern SHAPE = Pattern.compile(
            "^\\s*(?:(update)\\s+|(select|insert|delete)\\b.*?\\b(?:from|into)\\s+)([a-z_0-9.]+)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private JdbcCounter() {
    }

    static Snapshot snapshot() {
        return new Snapshot(EXECUTIONS.sum(), BATCH_EXECUTIONS.sum(), BATCHED.sum(), COMMITS.sum(), ROLLBACKS.sum());
    }

    /** Starts counting statements per verb and table (from zero). */
    static void startProfile() {
        BY_KEY.clear();
        profiling = true;
    }

    /** Stops counting per verb and table; returns the counts, largest first. */
    static List<Map.Entry<String, Long>> stopProfile() {
        profiling = false;
        return BY_KEY.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue().sum()))
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).toList();
    }

    static String shape(String sql) {
        if (sql == null) {
            return "?";
        }
        Matcher matcher = SHAPE.matcher(sql);
        if (!matcher.find()) {
            String word = sql.strip().split("\\s+", 2)[0];
            return word.toLowerCase();
        }
        String verb = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        return verb.toLowerCase() + " " + matcher.group(3).toLowerCase();
    }

    private static void count(String sql) {
        if (profiling) {
            BY_KEY.computeIfAbsent(shape(sql), key -> new LongAdder()).increment();
        }
    }

    /** Wraps the application's DataSource (a bean post-processor registered by the benchmark). */
    static BeanPostProcessor postProcessor() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
                    return wrap(dataSource);
                }
                return bean;
            }
        };
    }

    static DataSource wrap(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(JdbcCounter.class.getClassLoader(),
                new Class<?>[] {DataSource.class, Closeable.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        if (target instanceof AutoCloseable closeable) {
                            closeable.close();
                        }
                        return null;
                    }
                    Object result = invoke(target, method, args);
                    if (result instanceof Connection connection && method.getName().equals("getConnection")) {
                        return connection(connection);
                    }
                    return result;
                });
    }

    private static Connection connection(Connection target) {
        return (Connection) Proxy.newProxyInstance(JdbcCounter.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    Object result = invoke(target, method, args);
                    switch (name) {
                        case "commit" -> COMMITS.increment();
                        case "rollback" -> {
                            if (args == null || args.length == 0) {
                                ROLLBACKS.increment();
                            }
                        }
                        case "prepareStatement" -> {
                            return statement(result, PreparedStatement.class, (String) args[0]);
                        }
                        case "prepareCall" -> {
                            return statement(result, CallableStatement.class, (String) args[0]);
                        }
                        case "createStatement" -> {
                            return statement(result, Statement.class, null);
                        }
                        default -> {
                            // nothing to count
                        }
                    }
                    return result;
                });
    }

    private static Object statement(Object target, Class<?> type, String sql) {
        InvocationHandler handler = new InvocationHandler() {
            private int pending;
            private String lastSql = sql;

            @Override
            public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
                String name = method.getName();
                switch (name) {
                    case "execute", "executeQuery", "executeUpdate", "executeLargeUpdate" -> {
                        EXECUTIONS.increment();
                        count(args != null && args.length > 0 && args[0] instanceof String text ? text : sql);
                    }
                    case "addBatch" -> {
                        pending++;
                        if (args != null && args.length > 0 && args[0] instanceof String text) {
                            lastSql = text;
                        }
                        count(lastSql);
                    }
                    case "executeBatch", "executeLargeBatch" -> {
                        BATCH_EXECUTIONS.increment();
                        BATCHED.add(pending);
                        pending = 0;
                    }
                    case "clearBatch" -> pending = 0;
                    default -> {
                        // nothing to count
                    }
                }
                return JdbcCounter.invoke(target, method, args);
            }
        };
        return Proxy.newProxyInstance(JdbcCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
