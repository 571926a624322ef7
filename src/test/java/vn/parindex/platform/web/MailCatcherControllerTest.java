package vn.parindex.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The demo mail page shows a unit's user only the mails addressed to them. */
class MailCatcherControllerTest {

    @Test
    void aMailIsForItsRecipientsOnly() throws Exception {
        MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()));
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress("stpchuyenvien@example.gov.vn", "Trần Văn Minh", "UTF-8"));
        assertThat(MailCatcherController.addressedTo(mail, "STPchuyenvien@example.gov.vn")).isTrue();
        assertThat(MailCatcherController.addressedTo(mail, "stcchuyenvien@example.gov.vn")).isFalse();
        assertThat(MailCatcherController.addressedTo(mail, null)).isFalse();
        assertThat(MailCatcherController.addressedTo(mail, "")).isFalse();
    }
}
