package vn.parindex.workflow.process;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine work with no authenticated user, so the engine does not check the current user's rights. For writes
 * the user's own rights do not cover but which the caller has already allowed: a coordinator's deadline change moves
 * units' tasks, a saved draft is shown on the drafting task (candidates hold TASK_WORK, not UPDATE).
 */
@Component
public class AsSystem {

    private final IdentityService identity;

    AsSystem(IdentityService identity) {
        this.identity = identity;
    }

    public <T> T call(Supplier<T> work) {
        Authentication user = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (user != null) {
                identity.setAuthentication(user);
            }
        }
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
