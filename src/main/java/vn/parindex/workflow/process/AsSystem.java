package vn.parindex.workflow.process;

import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The system actor. Runs engine work with no authenticated user, so the engine does not check the current user's rights. For writes
 * the user's own rights do not cover but which the caller has already allowed: a coordinator's deadline change moves
 * units' tasks, a saved draft is shown on the drafting task (candidates hold TASK_WORK, not UPDATE).
 */
@Component
@RequiredArgsConstructor
public class AsSystem {

    private final IdentityService identity;

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

    /**
     * Runs work as the system inside the engine command that is executing (a listener or a delegate): the engine
     * checks no rights for it, e.g. a task's deadline watch that the task's user may not start themselves.
     */
    public static void inCommand(Runnable work) {
        Context.getCommandContext().runWithoutAuthorization(() -> {
            work.run();
            return null;
        });
    }
}
