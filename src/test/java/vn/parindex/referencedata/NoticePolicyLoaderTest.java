package vn.parindex.referencedata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.referencedata.NoticePolicyLoader.PolicyFile;
import vn.parindex.referencedata.NoticePolicyLoader.StepEntry;

class NoticePolicyLoaderTest {

    private static StepEntry step(String code, String kind, int offset) {
        return new StepEntry(code, kind, offset, "WORKING_DAYS", "08:00", "TASK_GROUPS");
    }

    @Test
    void aWellFormedLadderHasNoProblems() {
        assertThat(NoticePolicyLoader.validate("ok.yaml", new PolicyFile("ok", "Tên", List.of(
                step("r5", "REMINDER", -5), step("r1", "REMINDER", -1), step("e1", "ESCALATION", 1))))).isEmpty();
    }

    @Test
    void everyBadStepIsReportedInVietnameseWithFileAndStep() {
        List<String> problems = NoticePolicyLoader.validate("bad.yaml", new PolicyFile("Bad Code", "", List.of(
                step("r1", "REMINDER", 2),
                step("r1", "ESCALATION", 1),
                new StepEntry("e2", "LATER", null, "HOURS", null, "EVERYONE"),
                new StepEntry("e3", "ESCALATION", 4, "WORKING_DAYS", "8h", "UNIT_HEADS"))));
        assertThat(problems).anyMatch(p -> p.startsWith("bad.yaml: mã chính sách"))
                .anyMatch(p -> p.equals("bad.yaml: thiếu tên chính sách."))
                .anyMatch(p -> p.contains("bước 1: nhắc việc phải trước hạn"))
                .anyMatch(p -> p.contains("bước 2: mã bước bị thiếu hoặc trùng"))
                .anyMatch(p -> p.contains("bước 2: các bước phải theo thứ tự"))
                .anyMatch(p -> p.contains("bước 3: loại phải là REMINDER"))
                .anyMatch(p -> p.contains("bước 3: đơn vị thời gian"))
                .anyMatch(p -> p.contains("bước 3: người nhận"))
                .anyMatch(p -> p.contains("bước 3: thiếu độ lệch"))
                .anyMatch(p -> p.contains("bước 4: cần giờ gửi dạng HH:mm"));
    }

    @Test
    void aPolicyWithoutStepsIsRefused() {
        assertThat(NoticePolicyLoader.validate("empty.yaml", new PolicyFile("empty", "Rỗng", List.of())))
                .containsExactly("empty.yaml: chính sách phải có ít nhất một bước nhắc việc.");
    }
}
