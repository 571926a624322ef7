package vn.parindex.notification;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Renders a notice for one recipient from the Vietnamese template {@code templates/mail/notice.html}. */
@Component
@RequiredArgsConstructor
class MailComposer {

    static final String TEMPLATE = "mail/notice";

    record Mail(String subject, String htmlBody) {
    }

    private final ITemplateEngine templates;
    private final ZoneId zone;

    Mail compose(NoticeContent notice, Recipient recipient) {
        Context context = new Context(Locale.forLanguageTag("vi-VN"));
        context.setVariable("notice", notice);
        context.setVariable("recipient", recipient);
        context.setVariable("zone", zone);
        String subject = templates.process(TEMPLATE, Set.of("mailSubject"), context).strip().replaceAll("\\s+", " ");
        String body = templates.process(TEMPLATE, Set.of("mailBody"), context);
        return new Mail(subject, body);
    }
}
