package vn.parindex.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/** A round of notices goes over one SMTP connection; a connection lost on the way is opened again. */
class SmtpRoundTest {

    private GreenMail mailServer;
    private CountingProxy proxy;
    private JavaMailSenderImpl sender;

    @BeforeEach
    void mailServerBehindACountingProxy() throws IOException {
        ServerSetup setup = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort();
        mailServer = new GreenMail(setup);
        mailServer.start();
        proxy = new CountingProxy(mailServer.getSmtp().getPort());
        sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(proxy.port());
        // as application.yaml leaves them without SPRING_MAIL_USERNAME: no login is attempted
        sender.setUsername("");
        sender.setPassword("");
    }

    @AfterEach
    void stop() throws IOException {
        proxy.close();
        mailServer.stop();
    }

    @Test
    void aRoundOfMessagesUsesOneConnection() throws Exception {
        try (SmtpRound round = new SmtpRound(sender)) {
            for (int i = 1; i <= 5; i++) {
                round.send(message(round, i));
            }
        }
        assertThat(mailServer.getReceivedMessages()).hasSize(5);
        assertThat(proxy.connections()).as("SMTP connections for 5 messages").isEqualTo(1);
    }

    @Test
    void aConnectionLostOnTheWayIsOpenedAgainForTheNextMessage() throws Exception {
        try (SmtpRound round = new SmtpRound(sender)) {
            round.send(message(round, 1));
            proxy.dropAll();
            round.send(message(round, 2));
            round.send(message(round, 3));
        }
        assertThat(mailServer.getReceivedMessages()).extracting(MimeMessage::getSubject)
                .containsExactly("Nhắc việc 1", "Nhắc việc 2", "Nhắc việc 3");
        assertThat(proxy.connections()).isEqualTo(2);
    }

    private static MimeMessage message(SmtpRound round, int number) throws Exception {
        MimeMessage message = round.createMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom("chiso-cchc@localhost");
        helper.setTo("chuyenvien" + number + "@example.gov.vn");
        helper.setSubject("Nhắc việc " + number);
        helper.setText("Hạn nộp kế hoạch: 28/02/2026", "<p>Hạn nộp kế hoạch: 28/02/2026</p>");
        return message;
    }

    /** Forwards TCP connections to the mail server and counts them; can cut every open one. */
    private static final class CountingProxy implements AutoCloseable {

        private final ServerSocket server = new ServerSocket(0);
        private final AtomicInteger accepted = new AtomicInteger();
        private final List<Socket> open = new CopyOnWriteArrayList<>();

        CountingProxy(int target) throws IOException {
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket client = server.accept();
                        Socket upstream = new Socket("127.0.0.1", target);
                        accepted.incrementAndGet();
                        open.add(client);
                        open.add(upstream);
                        pipe(client.getInputStream(), upstream.getOutputStream());
                        pipe(upstream.getInputStream(), client.getOutputStream());
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "smtp-proxy");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return server.getLocalPort();
        }

        int connections() {
            return accepted.get();
        }

        void dropAll() throws IOException {
            for (Socket socket : open) {
                socket.close();
            }
            open.clear();
        }

        private static void pipe(InputStream from, OutputStream to) {
            Thread copier = new Thread(() -> {
                try {
                    from.transferTo(to);
                } catch (IOException ended) {
                    // either side closed
                } finally {
                    try {
                        to.close();
                    } catch (IOException ignored) {
                        // already closed
                    }
                }
            }, "smtp-proxy-pipe");
            copier.setDaemon(true);
            copier.start();
        }

        @Override
        public void close() throws IOException {
            server.close();
            dropAll();
        }
    }

}
