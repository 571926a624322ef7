package vn.parindex.reporting.process;

import java.util.List;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;
import vn.parindex.orgdirectory.RoleGroups;
import vn.parindex.platform.identity.AuthorizationContribution;
import vn.parindex.platform.identity.Grants;

/**
 * Quarterly reform reports: SNV's coordinators start a year and watch it in Cockpit, everyone works the quarter's
 * tasks (READ on the definitions for the forms); a quarter's due dates move through deadline-change (see deadlines).
 */
@Component
class QuarterlyAuthorizations implements AuthorizationContribution {

    @Override
    public void contribute(Grants grants) {
        for (String key : List.of(QuarterlyReportingProcess.YEAR_PROCESS_KEY, QuarterlyReportingProcess.QUARTER_PROCESS_KEY)) {
            grants.grant(grants.allGroups(), Resources.PROCESS_DEFINITION, key, Permissions.READ);
            grants.grant(RoleGroups.SNV_COORDINATORS, Resources.PROCESS_DEFINITION, key, Permissions.CREATE_INSTANCE,
                    Permissions.READ_INSTANCE, Permissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_TASK);
        }
    }
}
