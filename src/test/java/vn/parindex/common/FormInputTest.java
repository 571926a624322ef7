package vn.parindex.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text that a spreadsheet would run as a formula is refused; ordinary Vietnamese text, bullets included, is not. */
class FormInputTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", " =HYPERLINK(\"http://x\")", "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)",
            "\t=1+1", "＝1+1", "-"})
    void formulasAreRefused(String text) {
        List<String> problems = new ArrayList<>();
        FormInput.optionalText(text, "giải trình", 4000, problems);
        assertThat(problems).singleElement().asString().startsWith("Giải trình không được bắt đầu bằng dấu =, +, - hoặc @");
    }

    @ParameterizedTest
    @ValueSource(strings = {"- Văn bản số 15/BC-STP", "Điểm = 1,5 theo hướng dẫn", "Kế hoạch 12/KH-UBND", "2+3 tiêu chí", ""})
    void ordinaryTextIsAccepted(String text) {
        List<String> problems = new ArrayList<>();
        FormInput.optionalText(text, "giải trình", 4000, problems);
        assertThat(problems).isEmpty();
    }
}
