package vn.parindex.orgdirectory;

import org.springframework.stereotype.Component;

/** Candidate groups of a unit's tasks, for expressions in the process models: {@code ${orgGroups.officersOf(unitCode)}}. */
@Component("orgGroups")
public class OrgGroups {

    public String officersOf(String unitCode) {
        return OrgDirectoryService.officersGroup(unitCode);
    }

    public String headsOf(String unitCode) {
        return OrgDirectoryService.headsGroup(unitCode);
    }
}
