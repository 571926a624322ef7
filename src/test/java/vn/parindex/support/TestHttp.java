package vn.parindex.support;

import jakarta.servlet.Filter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Requests to our pages and API as a demo user, through the same authentication filter as the running app. */
public final class TestHttp {

    private TestHttp() {
    }

    public static MockMvc mockMvc(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context)
                .addFilters((Filter) context.getBean("apiAuthenticationFilter")).build();
    }

    /** The Authorization header of a demo user (password {@code demo}). */
    public static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
