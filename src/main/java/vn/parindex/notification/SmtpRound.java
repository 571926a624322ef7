package vn.parindex.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One SMTP connection for a round of notices. Spring's sender opens and closes a connection (with its greeting, TLS
 * and login) for every message; on deadline day a node sends hundreds in a row, and the connection cost most of each
 * message's time (about 50 of 65 ms against the in-process mail server of the tests). Each message is still sent and
 * recorded on its own, so a node that dies mid-round resends at most the message it was sending. After any failure
 * the connection is closed and the next message opens a new one.
 */
final class SmtpRound implements AutoCloseable {

    private final JavaMailSender sender;
    private Transport transport;

    SmtpRound(JavaMailSender sender) {
        this.sender = sender;
    }

    MimeMessage createMessage() {
        return sender.createMimeMessage();
    }

    void send(MimeMessage message) {
        if (!(sender instanceof JavaMailSenderImpl smtp)) {
            sender.send(message);
            return;
        }
        try {
            if (transport == null || !transport.isConnected()) {
                transport = connect(smtp);
            }
            // what JavaMailSenderImpl does before sending: headers from the content, our Message-ID kept
            message.saveChanges();
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            close();
            throw new MailSendException("Không gửi được thư qua máy chủ SMTP: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** As JavaMailSenderImpl connects: its protocol (or the session's), and no login when none is configured. */
    private static Transport connect(JavaMailSenderImpl smtp) throws MessagingException {
        String protocol = smtp.getProtocol() != null ? smtp.getProtocol()
                : smtp.getSession().getProperty("mail.transport.protocol") != null
                ? smtp.getSession().getProperty("mail.transport.protocol") : JavaMailSenderImpl.DEFAULT_PROTOCOL;
        String username = smtp.getUsername();
        String password = smtp.getPassword();
        if ("".equals(username)) {
            username = null;
            if ("".equals(password)) {
                password = null;
            }
        }
        Transport opened = smtp.getSession().getTransport(protocol);
        try {
            opened.connect(smtp.getHost(), smtp.getPort(), username, password);
        } catch (jakarta.mail.AuthenticationFailedException e) {
            throw new MailAuthenticationException(e);
        }
        return opened;
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the connection is gone either way; the next message opens a new one
            }
            transport = null;
        }
    }
}
