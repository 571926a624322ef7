package vn.parindex.orgdirectory;

import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import vn.parindex.orgdirectory.RoleGroups;
import vn.parindex.workflow.CurrentUser;

/** Who may take the province's tables and reports out, and who may load official tables in. */
@Component
@RequiredArgsConstructor
public class ReportAccess {

    static final Set<String> PROVINCE_ROLES = Set.of(RoleGroups.SNV_COORDINATORS, RoleGroups.SNV_DIRECTOR,
            RoleGroups.CHAIRMAN, RoleGroups.VICE_CHAIRMAN);

    private final CurrentUser user;

    /** Province roles: Sở Nội vụ's coordinators and director, the Chairman and Vice-chairman. */
    public void requireProvinceRole() {
        if (!user.inAnyGroup(PROVINCE_ROLES)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Chỉ Sở Nội vụ và lãnh đạo UBND tỉnh được tải các bảng, báo cáo của tỉnh.");
        }
    }

    /** Official tables are loaded by Sở Nội vụ's coordinators. */
    public void requireCoordinator() {
        if (!user.groups().contains(RoleGroups.SNV_COORDINATORS)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Chỉ công chức điều phối của Sở Nội vụ được nạp bảng tiêu chí, bảng phân công trách nhiệm.");
        }
    }

    public String userId() {
        return user.userId();
    }
}
