package vn.parindex.notification;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.parindex.orgdirectory.OrgDirectoryService;
import vn.parindex.orgdirectory.OrgUnit;
import vn.parindex.workflow.PersonNames;

/** Renders a notice for one recipient from the Vietnamese template {@code templates/mail/notice.html}. */
@Component
@RequiredArgsConstructor
class MailComposer {

    static final String TEMPLATE = "mail/notice";

    record Mail(String subject, String htmlBody) {
    }

    private final ITemplateEngine templates;
    private final ZoneId zone;
    private final PersonNames people;
    private final OrgDirectoryService orgDirectory;

    /** "Nguyễn Ngọc Mai, Sở Nội vụ": who changed a deadline, by name and unit, never the login id. */
    String personAndUnit(String userId) {
        if (userId == null || userId.isBlank()) {
            return "";
        }
        String name = people.fullName(userId);
        Set<String> groups = people.groupsOf(userId);
        if (groups.contains("chairman")) {
            return name + ", Chủ tịch UBND tỉnh";
        }
        if (groups.contains("viceChairman")) {
            return name + ", Phó Chủ tịch UBND tỉnh";
        }
        return orgDirectory.all().stream()
                .filter(unit -> groups.stream().anyMatch(group -> group.startsWith(unit.code().toLowerCase(Locale.ROOT))
                        && Character.isUpperCase(group.charAt(unit.code().length()))))
                .map(OrgUnit::name).findFirst().map(unit -> name + ", " + unit).orElse(name);
    }

    Mail compose(NoticeContent notice, Recipient recipient) {
        Context context = new Context(Locale.forLanguageTag("vi-VN"));
        context.setVariable("notice", notice);
        context.setVariable("recipient", recipient);
        context.setVariable("zone", zone);
        context.setVariable("changedBy", personAndUnit(notice.changedBy()));
        String subject = templates.process(TEMPLATE, Set.of("mailSubject"), context).strip().replaceAll("\\s+", " ");
        String body = templates.process(TEMPLATE, Set.of("mailBody"), context);
        return new Mail(subject, body);
    }
}
