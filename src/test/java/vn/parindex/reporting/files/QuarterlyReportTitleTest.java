package vn.parindex.reporting.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The subject of every quarter's report, as Báo cáo 58/BC-UBND (seed 002) writes it; Q4 names both years. */
class QuarterlyReportTitleTest {

    @Test
    void everyQuarterHasItsTitle() {
        assertThat(QuarterlyReportDocument.subject(2023, 1, "Tỉnh Bình Thuận")).isEqualTo(
                "Công tác cải cách hành chính quý I và phương hướng, nhiệm vụ quý II năm 2023 tỉnh Bình Thuận");
        assertThat(QuarterlyReportDocument.subject(2023, 2, "Tỉnh Bình Thuận")).isEqualTo(
                "Công tác cải cách hành chính quý II và phương hướng, nhiệm vụ quý III năm 2023 tỉnh Bình Thuận");
        assertThat(QuarterlyReportDocument.subject(2023, 3, "Tỉnh Bình Thuận")).isEqualTo(
                "Công tác cải cách hành chính quý III và phương hướng, nhiệm vụ quý IV năm 2023 tỉnh Bình Thuận");
        assertThat(QuarterlyReportDocument.subject(2023, 4, "Tỉnh Bình Thuận")).isEqualTo(
                "Công tác cải cách hành chính quý IV năm 2023 và phương hướng, nhiệm vụ quý I năm 2024 tỉnh Bình Thuận");
        assertThat(QuarterlyReportDocument.subject(2026, 4, "Tỉnh Lâm Đồng")).isEqualTo(
                "Công tác cải cách hành chính quý IV năm 2026 và phương hướng, nhiệm vụ quý I năm 2027 tỉnh Lâm Đồng");
    }
}
