package vn.parindex.common;

import java.util.StringJoiner;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Runs every {@link StartupLoader} in {@code @Order} once all singletons exist (the engine is built and has deployed),
 * before any lifecycle starts: the web server and the job executor. As {@code ApplicationRunner}s they ran after
 * Tomcat already served Tasklist, and under load the demo users existed only seconds after the first 200 (a user
 * arriving then could not log in). A loader that fails stops the start, as before.
 */
@Component
@RequiredArgsConstructor
class StartupLoaders implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(StartupLoaders.class);

    private final ObjectProvider<StartupLoader> loaders;

    @Override
    public void afterSingletonsInstantiated() {
        long began = System.nanoTime();
        StringJoiner each = new StringJoiner(", ");
        loaders.orderedStream().forEach(loader -> {
            long loaderBegan = System.nanoTime();
            loader.load();
            each.add(ClassUtils.getUserClass(loader).getSimpleName() + " " + millisSince(loaderBegan));
        });
        // each loader's share, so whoever wonders why a start is slow sees where its data's time went
        LOG.info("Start-up data ready in {} ms, before serving ({})", millisSince(began), each);
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
