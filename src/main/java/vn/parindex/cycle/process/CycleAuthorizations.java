package vn.parindex.cycle.process;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;
import vn.parindex.orgdirectory.RoleGroups;
import vn.parindex.platform.identity.AuthorizationContribution;
import vn.parindex.platform.identity.Grants;

/**
 * The yearly cycle: every group reads its definition (forms), managers watch it, SNV's coordinators start it. Watching
 * includes reading the open tasks (READ_TASK): Cockpit's start page counts them with a task query as the user, and
 * showed managers 0. Reading is not working on them: claiming and completing need TASK_WORK, which only the task's
 * candidate groups and its assignee hold (see platform.security.TaskGuard).
 */
@Component
class CycleAuthorizations implements AuthorizationContribution {

    @Override
    public void contribute(Grants grants) {
        grants.grant(grants.allGroups(), Resources.PROCESS_DEFINITION, CycleProcess.PROCESS_KEY, Permissions.READ);
        grants.grant(Grants.MANAGERS, Resources.PROCESS_DEFINITION, CycleProcess.PROCESS_KEY,
                Permissions.READ_INSTANCE, Permissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_TASK);
        grants.grant(RoleGroups.SNV_COORDINATORS, Resources.PROCESS_DEFINITION, CycleProcess.PROCESS_KEY,
                Permissions.CREATE_INSTANCE, Permissions.UPDATE_INSTANCE);
    }
}
