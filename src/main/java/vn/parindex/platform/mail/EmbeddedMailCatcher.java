package vn.parindex.platform.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The embedded default's mail server: a real SMTP server in-process (GreenMail) that keeps what it receives, so the
 * demo shows the real e-mails on {@code /pages/mail} without any mail setup. Off wherever SMTP is configured.
 */
@Component
@ConditionalOnProperty(name = "par.mail-catcher.enabled", havingValue = "true")
public class EmbeddedMailCatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMailCatcher.class);

    private final GreenMail server;
    private final int port;

    EmbeddedMailCatcher(@Value("${par.mail-catcher.port}") int port) {
        this.port = port;
        this.server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    public List<MimeMessage> received() {
        return List.of(server.getReceivedMessages());
    }

    @Override
    public void start() {
        server.start();
        log.info("Hộp thư thử nghiệm (SMTP trong ứng dụng) đang nhận thư ở cổng {}; xem tại /pages/mail", port);
    }

    @Override
    public void stop() {
        server.stop();
    }

    @Override
    public boolean isRunning() {
        return server.isRunning();
    }

    @Override
    public int getPhase() {
        // up before anything that may send, down after it
        return Integer.MIN_VALUE + 100;
    }
}
