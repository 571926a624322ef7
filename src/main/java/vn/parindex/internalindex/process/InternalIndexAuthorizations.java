package vn.parindex.internalindex.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;
import vn.parindex.orgdirectory.RoleGroups;
import vn.parindex.platform.identity.AuthorizationContribution;
import vn.parindex.platform.identity.Grants;

/**
 * The province's own index: its council and working team, every group reads the definition (forms), SNV's
 * coordinators open the year's period, managers and the council watch it.
 */
@Component
class InternalIndexAuthorizations implements AuthorizationContribution {

    @Override
    public Map<String, String> groups() {
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put(InternalIndexProcess.COUNCIL_GROUP, "Hội đồng thẩm định Chỉ số CCHC của các cơ quan, đơn vị");
        groups.put(InternalIndexProcess.WORKING_TEAM_GROUP, "Tổ giúp việc Hội đồng thẩm định Chỉ số CCHC");
        return groups;
    }

    @Override
    public void contribute(Grants grants) {
        String key = InternalIndexProcess.PROCESS_KEY;
        grants.grant(grants.allGroups(), Resources.PROCESS_DEFINITION, key, Permissions.READ);
        grants.grant(RoleGroups.SNV_COORDINATORS, Resources.PROCESS_DEFINITION, key, Permissions.CREATE_INSTANCE,
                Permissions.UPDATE_INSTANCE);
        grants.grant(List.of(RoleGroups.SNV_COORDINATORS, RoleGroups.SNV_DIRECTOR, RoleGroups.CHAIRMAN,
                        RoleGroups.VICE_CHAIRMAN, InternalIndexProcess.COUNCIL_GROUP), Resources.PROCESS_DEFINITION, key,
                Permissions.READ_INSTANCE, Permissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_TASK);
    }
}
