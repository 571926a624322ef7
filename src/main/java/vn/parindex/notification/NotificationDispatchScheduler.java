package vn.parindex.notification;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When this node sends: right after a transaction that queued notices commits, and at a fixed interval for retries
 * and for notices queued by other nodes. This only delivers the outbox; every deadline is an engine timer.
 */
@Component
@ConditionalOnProperty(name = "par.notifications.dispatch-enabled", havingValue = "true", matchIfMissing = true)
@RequiredArgsConstructor
class NotificationDispatchScheduler {

    private final NotificationDispatcher dispatcher;
    private final Executor afterCommit = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "notice-dispatch");
        thread.setDaemon(true);
        return thread;
    });

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void noticesQueued(NotificationService.NoticesQueued event) {
        afterCommit.execute(dispatcher::dispatchDue);
    }

    @Scheduled(fixedDelayString = "${par.notifications.dispatch-interval:PT15S}", initialDelayString = "PT10S")
    void dispatchPeriodically() {
        dispatcher.dispatchDue();
    }
}
