package vn.parindex.workflow.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is acting in the engine right now: the logged-in user, else the task's assignee. */
public final class ProcessActor {

    public static final String SYSTEM = "system";

    private ProcessActor() {
    }

    public static String of(DelegateTask task) {
        String user = authenticatedUser(task.getProcessEngineServices().getIdentityService().getCurrentAuthentication());
        if (user != null) {
            return user;
        }
        return task.getAssignee() != null ? task.getAssignee() : SYSTEM;
    }

    public static String of(DelegateExecution execution) {
        String user = authenticatedUser(execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication());
        return user != null ? user : SYSTEM;
    }

    private static String authenticatedUser(Authentication authentication) {
        return authentication == null ? null : authentication.getUserId();
    }
}
