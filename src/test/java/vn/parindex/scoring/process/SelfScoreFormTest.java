package vn.parindex.scoring.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The self-score form has one fixed row per possible item (no dynamic list: Tasklist 7.24 cannot complete those). */
class SelfScoreFormTest {

    @Test
    void theFormHasFormRowsRowsBoundToTheScoreItemsInOrder() throws IOException {
        JsonNode form = new ObjectMapper().readTree(Path.of("forms/scoring/self-score.form").toFile());
        List<String> paths = new ArrayList<>();
        for (JsonNode component : form.path("components")) {
            assertThat(component.path("type").asText()).as("no dynamic list").isNotEqualTo("dynamiclist");
            if (component.path("path").asText().startsWith(ScoreSheetJson.SCORE_ITEMS + ".")) {
                paths.add(component.path("path").asText());
            }
        }
        assertThat(paths).hasSize(ScoreSheetJson.FORM_ROWS);
        for (int i = 0; i < paths.size(); i++) {
            assertThat(paths.get(i)).isEqualTo(ScoreSheetJson.SCORE_ITEMS + "." + i);
        }
    }
}
