package vn.parindex.deadlines.process;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;
import vn.parindex.orgdirectory.RoleGroups;
import vn.parindex.platform.identity.AuthorizationContribution;
import vn.parindex.platform.identity.Grants;

/** SNV's coordinators move deadlines of the cycle, a quarter or a remediation task from Tasklist (one start form)
 * (a task's reminder and escalation timers show in Cockpit on the task's own process, which they may read). */
@Component
class DeadlineAuthorizations implements AuthorizationContribution {

    static final String DEADLINE_CHANGE = "deadline-change";

    @Override
    public void contribute(Grants grants) {
        grants.grant(RoleGroups.SNV_COORDINATORS, Resources.PROCESS_DEFINITION, DEADLINE_CHANGE, Permissions.READ,
                Permissions.CREATE_INSTANCE, Permissions.READ_INSTANCE, Permissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_TASK);
    }
}
