package vn.parindex.platform.engine;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Test support: counts the engine's statements by MyBatis statement id (selectVariablesByExecutionId, ...) while
 * {@link #count} runs on this thread. Installed once into the engine's MyBatis configuration; idle otherwise.
 */
public final class EngineStatements {

    @Intercepts({
            @Signature(type = Executor.class, method = "update", args = {MappedStatement.class, Object.class}),
            @Signature(type = Executor.class, method = "query", args = {MappedStatement.class, Object.class,
                    RowBounds.class, ResultHandler.class})})
    private static final class Counting implements Interceptor {
        @Override
        public Object intercept(Invocation invocation) throws Throwable {
            Map<String, LongAdder> counts = COUNTS.get();
            if (counts != null) {
                String id = ((MappedStatement) invocation.getArgs()[0]).getId();
                counts.computeIfAbsent(id.substring(id.lastIndexOf('.') + 1), key -> new LongAdder()).increment();
                if (TRACE != null && id.contains(TRACE)) {
                    new Throwable("statement " + id).printStackTrace(System.out);
                }
            }
            return invocation.proceed();
        }
    }

    private static final ThreadLocal<Map<String, LongAdder>> COUNTS = new ThreadLocal<>();
    private static final Map<ProcessEngine, Boolean> INSTALLED = new ConcurrentHashMap<>();
    private static final String TRACE = System.getProperty("engineStatements.trace");

    private EngineStatements() {
    }

    /** The statements {@code work} makes the engine run on this thread, by statement id (sorted). */
    public static Map<String, Long> count(ProcessEngine engine, Runnable work) {
        INSTALLED.computeIfAbsent(engine, key -> {
            ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getSqlSessionFactory()
                    .getConfiguration().addInterceptor(new Counting());
            return true;
        });
        Map<String, LongAdder> counts = new ConcurrentHashMap<>();
        COUNTS.set(counts);
        try {
            work.run();
        } finally {
            COUNTS.remove();
        }
        Map<String, Long> result = new TreeMap<>();
        counts.forEach((id, count) -> result.put(id, count.sum()));
        return result;
    }

    /** Statements whose id starts with {@code prefix}, e.g. "selectVariables". */
    public static long sum(Map<String, Long> counts, String prefix) {
        return counts.entrySet().stream().filter(entry -> entry.getKey().startsWith(prefix))
                .mapToLong(Map.Entry::getValue).sum();
    }
}
