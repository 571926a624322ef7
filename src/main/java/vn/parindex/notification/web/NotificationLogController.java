package vn.parindex.notification.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import vn.parindex.orgdirectory.OrgDirectoryService;
import vn.parindex.orgdirectory.RoleGroups;
import vn.parindex.notification.Notification;
import vn.parindex.notification.NotificationService;
import vn.parindex.notification.SkippedNotices;
import vn.parindex.workflow.CurrentUser;

/**
 * The notification log of a year, as JSON ({@code /api/cycles/{year}/notifications}) and as a page
 * ({@code /pages/notifications?year=}): the cycle's notices and those of the year's quarterly reports and of the
 * province's own index. Province roles see every unit; a unit's officers and heads see their unit.
 */
@Controller
@RequiredArgsConstructor
class NotificationLogController {

    private static final Set<String> PROVINCE_ROLES = Set.of(RoleGroups.SNV_COORDINATORS, RoleGroups.SNV_DIRECTOR,
            RoleGroups.CHAIRMAN, RoleGroups.VICE_CHAIRMAN, "camunda-admin");

    private final NotificationService notifications;
    private final SkippedNotices skipped;
    private final OrgDirectoryService orgDirectory;
    private final CurrentUser user;

    @GetMapping("/api/cycles/{year}/notifications")
    @ResponseBody
    List<Notification> log(@PathVariable int year, @RequestParam(required = false) String unit) {
        return visibleLog(year, unit);
    }

    @GetMapping("/pages/notifications")
    String page(@RequestParam int year, @RequestParam(required = false) String unit, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("unit", unit);
        model.addAttribute("unitName", unit == null || unit.isBlank() ? null : orgDirectory.find(unit).map(found -> found.name()).orElse(unit));
        model.addAttribute("notifications", visibleLog(year, unit));
        model.addAttribute("skipped", visibleUnits(unit).map(units -> units.stream()
                .flatMap(code -> skipped.log(year, code).stream()).toList()).orElseGet(() -> skipped.log(year, null)));
        model.addAttribute("units", unitsOfTheYear(year));
        model.addAttribute("unitNames", orgDirectory.all().stream().collect(java.util.stream.Collectors.toMap(
                found -> found.code(), found -> found.name())));
        return "pages/notifications";
    }

    /**
     * The filter's units: those that existed at some time in the year (not the departments and districts abolished
     * before it), and of those only the viewer's own unless a province role views.
     */
    private List<vn.parindex.orgdirectory.OrgUnit> unitsOfTheYear(int year) {
        java.time.LocalDate first = java.time.LocalDate.of(year, 1, 1);
        java.time.LocalDate last = java.time.LocalDate.of(year, 12, 31);
        boolean province = user.inAnyGroup(PROVINCE_ROLES);
        return orgDirectory.all().stream()
                .filter(unit -> (unit.validFrom() == null || !unit.validFrom().isAfter(last))
                        && (unit.validTo() == null || !unit.validTo().isBefore(first)))
                .filter(unit -> province || user.groups().contains(OrgDirectoryService.officersGroup(unit.code()))
                        || user.groups().contains(OrgDirectoryService.headsGroup(unit.code())))
                .sorted(java.util.Comparator.comparing(vn.parindex.orgdirectory.OrgUnit::name))
                .toList();
    }

    private List<Notification> visibleLog(int year, String requestedUnit) {
        return visibleUnits(requestedUnit).map(units -> units.stream()
                .flatMap(code -> notifications.log(year, code).stream()).toList())
                .orElseGet(() -> notifications.log(year, null));
    }

    /**
     * The units whose log the user may see for the requested unit; empty for "every unit" (province roles without a
     * unit chosen). A unit's users asking for another unit: 403.
     */
    private Optional<List<String>> visibleUnits(String requestedUnit) {
        // the page's "every unit I may see" option sends an empty unit
        String unit = requestedUnit == null || requestedUnit.isBlank() ? null : requestedUnit;
        if (user.inAnyGroup(PROVINCE_ROLES)) {
            return unit == null ? Optional.empty() : Optional.of(List.of(unit));
        }
        List<String> ownUnits = orgDirectory.all().stream().map(found -> found.code())
                .filter(code -> user.groups().contains(OrgDirectoryService.officersGroup(code))
                        || user.groups().contains(OrgDirectoryService.headsGroup(code)))
                .toList();
        if (unit != null && !ownUnits.contains(unit)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Bạn chỉ xem được thông báo của đơn vị mình.");
        }
        return Optional.of(unit != null ? List.of(unit) : ownUnits);
    }
}
