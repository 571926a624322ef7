package vn.parindex.remediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The completion times plans write (seed 004, Kế hoạch 2873/KH-UBND), and what is refused. */
class CompletionTimeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tháng 9/2022|MONTH|2022-09||Tháng 9/2022",
            "  tháng 10 / 2022 |MONTH|2022-10||Tháng 10/2022",
            "Tháng 12 năm 2027|MONTH|2027-12||Tháng 12/2027",
            "Trước ngày 15/12/2022|DATE||2022-12-15|Trước ngày 15/12/2022",
            "trước ngày 5/9/2022.|DATE||2022-09-05|Trước ngày 05/09/2022",
            "15/06/2027|DATE||2027-06-15|Trước ngày 15/06/2027",
            "Thường xuyên|RECURRING|||Thường xuyên",
            "THƯỜNG XUYÊN|RECURRING|||Thường xuyên",
            "Thường xuyên trong năm 2022|RECURRING|||Thường xuyên trong năm 2022"})
    void readsMonthsDatesAndRecurringTasks(String text, CompletionKind kind, String month, String date, String written) {
        CompletionTime time = CompletionTime.parse(text).orElseThrow();
        assertThat(time.kind()).isEqualTo(kind);
        assertThat(time.month()).isEqualTo(month == null ? null : YearMonth.parse(month));
        assertThat(time.date()).isEqualTo(date == null ? null : LocalDate.parse(date));
        assertThat(time.text()).isEqualTo(written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Quý 3/2027", "Tháng 13/2027", "Trước ngày 31/02/2027", "Trong năm 2022", "sớm",
            "Tháng 9", "Thường xuyên trong năm 2022 và những năm tiếp theo"})
    void refusesAnythingElse(String text) {
        assertThat(CompletionTime.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thường xuyên", "Tháng 9/2027"})
    void readsDecomposedVietnameseToo(String text) {
        assertThat(CompletionTime.parse(Normalizer.normalize(text, Normalizer.Form.NFD))).isPresent();
    }
}
