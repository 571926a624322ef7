package vn.parindex.referencedata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 2: "Bộ tiêu chí mẫu (…)" ({@code taskInfo.criteriaSetNote}) is shown on the forms that show scores or
 * the criteria of the year's set, and only there: a form that asks for a plan, focal officials, the leaders' e-survey
 * or a cooperating unit's input shows no score, so the note would only puzzle its reader.
 */
class CriteriaSetNoteFormsTest {

    private static final Path FORMS = Path.of("forms");

    @Test
    void theSampleSetNoteIsOnTheFormsThatShowScoresAndOnNoOther() throws IOException {
        List<String> withNote;
        try (Stream<Path> files = Files.walk(FORMS)) {
            withNote = files.filter(file -> file.toString().endsWith(".form")).filter(CriteriaSetNoteFormsTest::showsTheNote)
                    .map(file -> FORMS.relativize(file).toString().replace('\\', '/').replace(".form", "")).sorted().toList();
        }
        assertThat(withNote).containsExactly(
                "appraisal/approve-explanation", "appraisal/consolidate-explanation", "appraisal/prepare-explanation",
                "appraisal/record-appraisal", "appraisal/record-published-results", "appraisal/submit-explanation",
                "approval/chairman-approval", "consolidation/approve-draft-report", "consolidation/prepare-report",
                "scoring/review-scores", "scoring/self-score", "scoring/sign-off-scores", "submission/record-submission");
    }

    @Test
    void theFormsWithoutScoresStillSayTheUnitTheYearAndTheDueDate() throws IOException {
        for (String form : List.of("plan/prepare-plan", "focalofficials/name-focal-officials",
                "leaderssurvey/report-leaders-survey", "cooperation/send-cooperation-input")) {
            String context = text(FORMS.resolve(form + ".form"), "text_context");
            assertThat(context).as(form).contains("{{taskInfo.unitName}}", "{{taskInfo.cycleYear}}",
                    "{{taskInfo.dueDateText}}").doesNotContain("criteriaSetNote");
        }
        assertThat(text(FORMS.resolve("scoring/self-score.form"), "text_context"))
                .contains("{{taskInfo.unitName}}", "{{if taskInfo.criteriaSetNote = null then \"\" else \" · \" + taskInfo.criteriaSetNote}}");
    }

    private static boolean showsTheNote(Path form) {
        try {
            return read(form).toString().contains("taskInfo.criteriaSetNote");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Path form, String id) throws IOException {
        for (JsonNode component : read(form).path("components")) {
            if (id.equals(component.path("id").asText())) {
                return component.path("text").asText();
            }
        }
        throw new AssertionError(form + " has no " + id);
    }

    private static JsonNode read(Path form) throws IOException {
        return new ObjectMapper().readTree(form.toFile());
    }
}
