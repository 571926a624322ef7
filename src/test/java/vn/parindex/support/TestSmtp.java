package vn.parindex.support;

import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** The port the tests' SMTP server (GreenMail) listens on: free when the JVM starts, so parallel builds don't clash. */
public final class TestSmtp {

    public static final int PORT = freePort();

    private TestSmtp() {
    }

    public static ServerSetup setup() {
        return new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
