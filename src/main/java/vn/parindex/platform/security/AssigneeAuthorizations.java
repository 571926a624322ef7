package vn.parindex.platform.security;

import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * A task's user authorizations follow its assignee. Camunda grants the assignee READ and TASK_WORK on the task when it
 * is claimed or assigned, and keeps that grant when the task is given back or goes to someone else: the former
 * assignee, possibly of another unit, could still read the task and its sheet. Here the former assignee's grant on
 * the task is removed when the assignee changes (unless they still own the task); the candidate groups' grants are
 * untouched, so colleagues of the unit keep their access through their group.
 */
final class AssigneeAuthorizations extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
        if (oldAssignee != null && !oldAssignee.equals(newAssignee) && !oldAssignee.equals(task.getOwner())) {
            Context.getCommandContext().getAuthorizationManager()
                    .deleteAuthorizationsByResourceIdAndUserId(Resources.TASK, task.getId(), oldAssignee);
        }
        return super.newTaskAssignee(task, oldAssignee, newAssignee);
    }
}
