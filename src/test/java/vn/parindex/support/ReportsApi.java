package vn.parindex.support;

import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import jakarta.servlet.Filter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Our API as a browser or curl calls it: HTTP Basic as a demo user, through the application's own filter. */
public final class ReportsApi {

    public static final String PASSWORD = "demo";

    private final MockMvc mvc;

    public ReportsApi(WebApplicationContext context) {
        Filter authentication = context.getBean("apiAuthenticationFilter", Filter.class);
        this.mvc = MockMvcBuilders.webAppContextSetup(context).addFilter(authentication, "/api/*").build();
    }

    public MvcResult get(String user, String url) {
        try {
            return mvc.perform(MockMvcRequestBuilders.get(url).header("Authorization", basic(user))).andReturn();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public MvcResult upload(String user, String url, String fileName, byte[] bytes) {
        try {
            return mvc.perform(multipart(url).file(new MockMultipartFile("file", fileName,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes))
                    .header("Authorization", basic(user))).andReturn();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The response body as text (our messages are UTF-8 JSON). */
    public static String text(MvcResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
