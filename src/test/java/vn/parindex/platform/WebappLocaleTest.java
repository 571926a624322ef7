package vn.parindex.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Vietnamese overrides of the Camunda 7.24 webapps (Tasklist, Admin, Welcome, Cockpit) against the
 * original {@code en.json} of the webjar on the classpath. Plain unit test, no Spring context.
 *
 * <p>7.24 resolves a missing key to the key itself (missing-translation handler) and falls back only to
 * {@code fallbackLocale}, which is {@code vi} here; so every English key must exist in every {@code vi.json}.
 * What stays English is only what has no Vietnamese (CSV, JSON, a date mask, the product's name).
 */
class WebappLocaleTest {

    private static final String WEBJAR_APP = "META-INF/resources/webjars/camunda/app/";
    private static final Path OUR_APP = Path.of("src/main/resources", WEBJAR_APP);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");
    private static final Pattern HTML_TAG =
            Pattern.compile("</?(a|br|strong|em|b|i|code|span|p|ul|li|div)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
    void everyEnglishKeyExistsInVietnamese(String app) throws IOException {
        List<String> missing = new ArrayList<>();
        compareStructure(english(app), vietnamese(app), "", missing);
        assertThat(missing).as("keys of the 7.24 %s en.json missing (or of another shape) in our vi.json", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
    void placeholdersAndMarkupArePreserved(String app) throws IOException {
        JsonNode en = english(app).get("labels");
        JsonNode vi = vietnamese(app).get("labels");
        List<String> broken = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : en.properties()) {
            JsonNode translated = vi.get(e.getKey());
            if (translated == null || !translated.isTextual()) {
                continue; // reported by everyEnglishKeyExistsInVietnamese
            }
            String original = e.getValue().asText();
            String value = translated.asText();
            if (!tokens(PLACEHOLDER, original).equals(tokens(PLACEHOLDER, value))
                    || !tokens(HTML_TAG, original).equals(tokens(HTML_TAG, value))) {
                broken.add(e.getKey() + ": " + original + " -> " + value);
            }
        }
        assertThat(broken).as("%s labels whose {{placeholders}} or HTML tags differ from en.json", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
    void everyWebappIsReallyTranslated(String app) throws IOException {
        assertThat(translatedShare(app)).as("share of %s labels that differ from English", app).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void cockpitTranslatesWhatManagersSee() throws IOException {
        JsonNode en = english("cockpit").get("labels");
        JsonNode vi = vietnamese("cockpit").get("labels");
        List<String> visible = List.of(
                "DASHBOARD_RUNNING_PROCESS_INSTANCE", "DASHBOARD_OPEN_INCIDENTS", "DASHBOARD_OPEN_HUMAN_TASKS",
                "DASHBOARD_PROCESS_DEFINITIONS", "DASHBOARD_DEPLOYMENTS", "COCKPIT_PROCESSES", "COCKPIT_DECISIONS",
                "COCKPIT_HUMAN_TASKS", "COCKPIT_DEPLOYMENTS", "COCKPIT_BATCHES", "COCKPIT_MORE",
                "PLUGIN_PROCESS_INSTANCES_LABEL", "PLUGIN_PROCESS_INSTANCE_START_TIME", "PLUGIN_PROCESS_INSTANCE_BUSINESS_KEY",
                "PLUGIN_PROCESS_DEF_RUNNING_INSTANCES", "PLUGIN_PROCESS_DEF_INCIDENTS", "PLUGIN_INCIDENTS_LABEL",
                "PLUGIN_INCIDENTS_TAB_MESSAGE", "PLUGIN_JOBS_LABEL", "PLUGIN_JOB_DEFINITION_LABEL",
                "PLUGIN_JOB_RETRY_BULK_INCREMENT_RETRIES", "PLUGIN_USER_TASKS_LABEL", "PLUGIN_VARIABLE_INSTANCES_LABEL",
                "PAGE_LOGIN_USERNAME", "PAGE_LOGIN_PASSWORD", "PAGE_LOGIN_SIGN_IN_ACTION", "SIGN_OUT_ACTION",
                "CAM_WIDGET_HEADER_SIGN_OUT", "CAM_WIDGET_HEADER_MY_PROFILE");
        for (String key : visible) {
            assertNotNull(en.get(key), "key no longer in the 7.24 cockpit en.json: " + key);
            assertThat(vi.path(key).asText()).as("cockpit %s", key).isNotEqualTo(en.get(key).asText());
        }
    }

    @Test
    void agreedTermsAreUsed() throws IOException {
        JsonNode tasklist = vietnamese("tasklist").get("labels");
        assertThat(tasklist.get("TASKS").asText()).isEqualTo("Công việc");
        assertThat(tasklist.get("CLAIM_TASK").asText()).isEqualTo("Nhận việc");
        assertThat(tasklist.get("COMPLETE").asText()).isEqualTo("Hoàn thành");
        assertThat(tasklist.get("FILTER").asText()).isEqualTo("Bộ lọc");
        assertThat(tasklist.get("DUE_DATE").asText()).isEqualTo("Hạn xử lý");
        assertThat(tasklist.get("FOLLOW_UP_DATE").asText()).isEqualTo("Ngày nhắc");
        for (String app : List.of("tasklist", "admin", "welcome", "cockpit")) {
            JsonNode labels = vietnamese(app).get("labels");
            assertThat(labels.get("PAGE_LOGIN_SIGN_IN_ACTION").asText()).as(app).isEqualTo("Đăng nhập");
            assertThat(labels.get("PAGE_LOGIN_USERNAME").asText()).as(app).isEqualTo("Tên đăng nhập");
            assertThat(labels.get("PAGE_LOGIN_PASSWORD").asText()).as(app).isEqualTo("Mật khẩu");
            assertThat(labels.get("SIGN_OUT_ACTION").asText()).as(app).isEqualTo("Đăng xuất");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "admin", "cockpit"})
    void dateLocalesAreVietnamese(String app) throws IOException {
        JsonNode dates = vietnamese(app).get("dateLocales");
        assertThat(dates.at("/longDateFormat/L").asText()).isEqualTo("DD/MM/YYYY");
        assertThat(dates.at("/longDateFormat/LLL").asText()).startsWith("DD/MM/YYYY");
        assertThat(dates.at("/months/0").asText()).isEqualTo("tháng 1");
        assertThat(dates.at("/weekdays/1").asText()).isEqualTo("Thứ Hai");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
    void configDeclaresVietnameseAsFallbackAndKeepsTheEsModule(String app) throws IOException {
        String config = Files.readString(OUR_APP.resolve(app + "/scripts/config.js"), StandardCharsets.UTF_8);
        String code = config.replaceAll("(?m)^\\s*//.*$", ""); // ignore the commented-out examples
        assertThat(code).contains("export default {");
        // Vietnamese unless this browser chose English with ?lang=en
        assertThat(code).contains("=== 'en' ? 'en' : 'vi'", "return 'vi';");
        assertThat(code).containsPattern("availableLocales:\\s*\\[chosenLanguage]");
        assertThat(code).containsPattern("fallbackLocale:\\s*chosenLanguage");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
    void endOfLifeBannerIsHidden(String app) throws IOException {
        String css = Files.readString(OUR_APP.resolve(app + "/styles/user-styles.css"), StandardCharsets.UTF_8);
        String rules = css.replaceAll("(?s)/\\*.*?\\*/", "");
        assertThat(rules).containsPattern("\\.ce-eol-banner\\s*\\{\\s*display:\\s*none");
    }

    private static double translatedShare(String app) throws IOException {
        JsonNode en = english(app).get("labels");
        JsonNode vi = vietnamese(app).get("labels");
        int total = 0;
        int translated = 0;
        for (Map.Entry<String, JsonNode> e : en.properties()) {
            total++;
            if (vi.has(e.getKey()) && !vi.get(e.getKey()).asText().equals(e.getValue().asText())) {
                translated++;
            }
        }
        return (double) translated / total;
    }

    private static void compareStructure(JsonNode en, JsonNode vi, String path, List<String> problems) {
        if (vi == null || vi.isMissingNode()) {
            problems.add(path);
        } else if (en.isObject()) {
            if (!vi.isObject()) {
                problems.add(path + " (not an object)");
                return;
            }
            for (Map.Entry<String, JsonNode> e : en.properties()) {
                compareStructure(e.getValue(), vi.get(e.getKey()), path + "/" + e.getKey(), problems);
            }
        } else if (en.isArray()) {
            if (!vi.isArray() || vi.size() != en.size()) {
                problems.add(path + " (array of " + en.size() + " expected)");
            }
        } else if (en.isTextual() && !vi.isTextual()) {
            problems.add(path + " (not a string)");
        } else if (en.isNumber() && !vi.isNumber()) {
            problems.add(path + " (not a number)");
        }
    }

    private static List<String> tokens(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        Collections.sort(found);
        return found;
    }

    /** The original from camunda-webapp-webjar, not a copy of ours that may also be on the classpath. */
    private static JsonNode english(String app) throws IOException {
        String resource = WEBJAR_APP + app + "/locales/en.json";
        for (URL url : Collections.list(WebappLocaleTest.class.getClassLoader().getResources(resource))) {
            if (url.toString().contains("camunda-webapp-webjar")) {
                try (InputStream in = url.openStream()) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
                }
            }
        }
        throw new IllegalStateException("camunda-webapp-webjar " + resource + " is not on the test classpath");
    }

    private static JsonNode vietnamese(String app) throws IOException {
        byte[] bytes = Files.readAllBytes(OUR_APP.resolve(app + "/locales/vi.json"));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).as("%s vi.json must not start with a BOM", app).doesNotStartWith("\uFEFF");
        JsonNode root = JSON.readTree(text);
        assertThat(root.path("labels").isObject()).as("%s vi.json has labels", app).isTrue();
        return root;
    }
}
