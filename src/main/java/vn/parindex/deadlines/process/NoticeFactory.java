package vn.parindex.deadlines.process;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.parindex.common.ParProperties;
import vn.parindex.deadlines.NoticeAudience;
import vn.parindex.deadlines.NoticeContext;
import vn.parindex.deadlines.NoticeKind;
import vn.parindex.deadlines.NoticeStep;
import vn.parindex.notification.NoticeContent;
import vn.parindex.notification.NotificationKind;
import vn.parindex.notification.NotificationProperties;
import vn.parindex.notification.Recipient;
import vn.parindex.notification.RecipientDirectory;
import vn.parindex.orgdirectory.OrgDirectoryService;
import vn.parindex.orgdirectory.RoleGroups;

/** What a notice about a task says, and to whom it goes. */
@Component
@RequiredArgsConstructor
class NoticeFactory {

    private final NoticeContexts contexts;
    private final OrgDirectoryService orgDirectory;
    private final RecipientDirectory recipients;
    private final NotificationProperties notificationProperties;
    private final ParProperties properties;

    NoticeContent stepNotice(WatchedTask task, NoticeStep step, OffsetDateTime plannedAt, int workingDays) {
        NotificationKind kind = step.kind() == NoticeKind.REMINDER ? NotificationKind.REMINDER : NotificationKind.ESCALATION;
        return content(task, kind, "task:" + task.id() + "|" + step.code(), step.code(), plannedAt, workingDays,
                null, null, null, null);
    }

    NoticeContent deadlineChanged(WatchedTask task, String changeKey, OffsetDateTime previousDue, String deadlineLabel,
                                  String reason, String changedBy, OffsetDateTime now) {
        return content(task, NotificationKind.DEADLINE_CHANGED, changeKey + "|task:" + task.id(),
                "deadlineChange", now, 0, previousDue, deadlineLabel, reason, changedBy);
    }

    /** The escalation sent when the deadline locked a task: it is gone, {@code reason} says what followed. */
    NoticeContent lockedNotice(WatchedTask task, String reason, OffsetDateTime now) {
        return content(task, NotificationKind.ESCALATION, "locked:" + task.id(), "locked", now, 0, null, null, reason, null);
    }

    List<Recipient> recipients(WatchedTask task, NoticeAudience audience) {
        List<String> groups = new ArrayList<>();
        switch (audience) {
            case TASK_GROUPS -> groups.addAll(task.candidateGroups());
            case UNIT_HEADS -> groups.add(OrgDirectoryService.headsGroup(owningUnit(task)));
            case SNV_DIRECTOR -> groups.add(RoleGroups.SNV_DIRECTOR);
            case CHAIRMAN_OFFICE -> groups.add(OrgDirectoryService.headsGroup(notificationProperties.chairmanOfficeUnit()));
        }
        return recipients.membersOf(groups);
    }

    private String owningUnit(WatchedTask task) {
        return task.unitCode() != null ? task.unitCode() : notificationProperties.provinceUnit();
    }

    /** The unit's name as notices give it (every notice names its unit; the directory's reference cache keeps it). */
    private String unitName(String unit) {
        return orgDirectory.find(unit).map(found -> found.name()).orElse(unit);
    }

    private NoticeContent content(WatchedTask task, NotificationKind kind, String dedupKey, String stepCode,
                                  OffsetDateTime plannedAt, int workingDays, OffsetDateTime previousDue,
                                  String deadlineLabel, String reason, String changedBy) {
        NoticeContext context = contexts.get(task.noticeContext());
        String unit = owningUnit(task);
        return new NoticeContent(kind, dedupKey, stepCode, context.cycleId(), context.year(), context.province(),
                unit, unitName(unit), task.id(), task.name(),
                properties.tasklistUrl() + "#/?task=" + task.id(), task.due(), workingDays, plannedAt, previousDue,
                deadlineLabel, reason, changedBy, context.subjectTag(), context.workLabel());
    }
}
