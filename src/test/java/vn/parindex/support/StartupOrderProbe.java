package vn.parindex.support;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.parindex.common.StartupLoader;

/**
 * Test probe: the last start-up loader of the application (lowest precedence) notes when it ran, and the web server
 * notes when it started serving; {@code StartupLoadersIT} compares the two.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class StartupOrderProbe implements StartupLoader, ApplicationListener<WebServerInitializedEvent> {

    private final AtomicLong loadedAt = new AtomicLong();
    private final AtomicLong servingAt = new AtomicLong();

    @Override
    public void load() {
        loadedAt.compareAndSet(0, System.nanoTime());
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        servingAt.compareAndSet(0, System.nanoTime());
    }

    public long loadedAt() {
        return loadedAt.get();
    }

    public long servingAt() {
        return servingAt.get();
    }
}
