package vn.parindex.reporting.files;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.parindex.common.VietnameseFormat;
import vn.parindex.office.word.DocBlock;
import vn.parindex.office.word.Issue;
import vn.parindex.office.word.OfficialLetterheads;
import vn.parindex.reporting.CumulativeTotals;
import vn.parindex.reporting.ProvincialTotals;
import vn.parindex.reporting.QuarterlyFigure;
import vn.parindex.reporting.QuarterlyNumbers;
import vn.parindex.reporting.QuarterlyReport;
import vn.parindex.reporting.QuarterlyText;

/** Composes the province's quarterly report (structure of Báo cáo 58/BC-UBND) from our tables, as a .docx. */
@Component
@RequiredArgsConstructor
public class QuarterlyReportDocument {

    private final OfficialLetterheads letterheads;

    /**
     * The subject as in Báo cáo 58/BC-UBND: "Công tác cải cách hành chính quý I và phương hướng, nhiệm vụ quý II năm
     * 2023 tỉnh Bình Thuận"; in Q4 the next quarter is in the next year, so both years are named: "… quý IV năm 2023
     * và phương hướng, nhiệm vụ quý I năm 2024 tỉnh …".
     */
    public static String subject(int year, int quarter, String province) {
        String next = quarter < 4 ? "quý " + VietnameseFormat.quarter(quarter + 1) + " năm " + year
                : "quý I năm " + (year + 1);
        String current = "quý " + VietnameseFormat.quarter(quarter) + (quarter < 4 ? "" : " năm " + year);
        return "Công tác cải cách hành chính " + current + " và phương hướng, nhiệm vụ " + next + " " + inText(province);
    }

    /** The draft as Sở Nội vụ composes it: number and date blank, no signer yet. */
    public byte[] write(QuarterlyReport report, ProvincialTotals totals, Map<QuarterlyText, String> narrative, int version) {
        return write(report, totals, Optional.empty(), narrative, version);
    }

    /**
     * The draft of a quarter; the second and the fourth quarter's are the six-month and the yearly report, which add
     * the figures of the half-year or the year ({@code cumulative}, from the quarters consolidated so far).
     */
    public byte[] write(QuarterlyReport report, ProvincialTotals totals, Optional<CumulativeTotals> cumulative,
                        Map<QuarterlyText, String> narrative, int version) {
        return write(report, totals, cumulative, narrative, version, Issue.draft(report.year()));
    }

    /** The report with what was recorded of its issue (number, date, who approved). */
    public byte[] write(QuarterlyReport report, ProvincialTotals totals, Optional<CumulativeTotals> cumulative,
                        Map<QuarterlyText, String> narrative, int version, Issue issue) {
        List<DocBlock> blocks = new ArrayList<>();
        blocks.add(new DocBlock.Paragraph("Thực hiện chế độ báo cáo cải cách hành chính định kỳ theo hướng dẫn của Bộ Nội vụ, "
                + "Ủy ban nhân dân " + inText(report.province())
                + " báo cáo tình hình, kết quả thực hiện các nhiệm vụ cải cách hành chính (CCHC) " + report.periodLabel()
                + " như sau (tổng hợp từ báo cáo của " + totals.unitNames().size() + " cơ quan, đơn vị, địa phương; dự thảo lần "
                + version + "):"));
        blocks.add(new DocBlock.Heading(1, "I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC"));
        blocks.add(new DocBlock.Paragraph(narrative.get(QuarterlyText.DIRECTION)));
        blocks.add(figures(totals, "I"));
        blocks.add(new DocBlock.Heading(1, "II. KẾT QUẢ THỰC HIỆN CÔNG TÁC CCHC"));
        blocks.add(new DocBlock.Heading(2, "Bảng tổng hợp số liệu"));
        blocks.add(totalsTable(totals));
        section(blocks, "1. Cải cách thể chế", narrative.get(QuarterlyText.INSTITUTIONAL));
        section(blocks, "2. Cải cách thủ tục hành chính", narrative.get(QuarterlyText.PROCEDURES));
        blocks.add(new DocBlock.Paragraph("Kết quả giải quyết hồ sơ thủ tục hành chính " + report.label() + ":"));
        blocks.add(levelsTable(totals));
        cumulative.ifPresent(sums -> {
            blocks.add(new DocBlock.Paragraph("Kết quả giải quyết hồ sơ thủ tục hành chính " + report.periodLabel()
                    + " (cộng " + quarters(sums.quarters()) + "):"));
            blocks.add(levelsTable(sums.totals()));
        });
        section(blocks, "3. Cải cách tổ chức bộ máy hành chính nhà nước", narrative.get(QuarterlyText.APPARATUS));
        section(blocks, "4. Cải cách chế độ công vụ", narrative.get(QuarterlyText.CIVIL_SERVICE));
        section(blocks, "5. Cải cách tài chính công", narrative.get(QuarterlyText.PUBLIC_FINANCE));
        blocks.add(figures(totals, "II.5"));
        section(blocks, "6. Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", narrative.get(QuarterlyText.E_GOVERNMENT));
        cumulative.ifPresent(sums -> {
            blocks.add(new DocBlock.Heading(2, "Số liệu " + report.periodLabel() + " (cộng " + quarters(sums.quarters()) + ")"));
            blocks.add(totalsTable(sums.totals()));
        });
        blocks.add(new DocBlock.Heading(1, "III. ĐÁNH GIÁ CHUNG"));
        section(blocks, "1. Mặt tích cực", narrative.get(QuarterlyText.POSITIVES));
        section(blocks, "2. Tồn tại, hạn chế", narrative.get(QuarterlyText.LIMITATIONS));
        section(blocks, "3. Nguyên nhân", narrative.get(QuarterlyText.CAUSES));
        section(blocks, "4. Giải pháp khắc phục", narrative.get(QuarterlyText.SOLUTIONS));
        blocks.add(new DocBlock.Heading(1, "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ CCHC " + report.nextPeriodLabel().toUpperCase()));
        blocks.add(new DocBlock.Paragraph(narrative.get(QuarterlyText.NEXT_QUARTER)));
        blocks.add(new DocBlock.Heading(2, "Các cơ quan, đơn vị, địa phương đã báo cáo"));
        blocks.add(new DocBlock.Paragraph(String.join("; ", totals.unitNames()) + "."));
        return QuarterlyReportDocx.write(letterheads.of("quarterlyReport", report.province(), report.year(), issue.date()), issue,
                subject(report.year(), report.quarter(), report.province()), blocks);
    }

    private static DocBlock totalsTable(ProvincialTotals totals) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Chỉ tiêu", "Số lượng", "Tỷ lệ"));
        totals.lines().forEach(line -> rows.add(List.of(line.label(), line.count(), line.rate())));
        return new DocBlock.Table(rows);
    }

    /** One row per level the units reported (no district row after 30/06/2025), then the province's total. */
    private static DocBlock levelsTable(ProvincialTotals totals) {
        List<List<String>> levels = new ArrayList<>();
        levels.add(List.of("Cấp", "Kỳ trước chuyển sang", "Tiếp nhận", "Đã giải quyết", "Đúng hạn", "Tỷ lệ đúng hạn",
                "Trễ hạn", "Tỷ lệ trễ hạn"));
        totals.levels().forEach(l -> levels.add(List.of(l.name(), l.backlog(), l.received(), l.resolved(), l.onTime(),
                l.onTimeRate(), l.late(), l.lateRate())));
        return new DocBlock.Table(levels);
    }

    private static String quarters(List<Integer> quarters) {
        String[] roman = {"", "I", "II", "III", "IV"};
        return "quý " + String.join(", ", quarters.stream().map(q -> roman[q]).toList());
    }

    /** "Tỉnh Bình Thuận" inside a sentence: "tỉnh Bình Thuận". */
    private static String inText(String province) {
        return province.isEmpty() ? province : Character.toLowerCase(province.charAt(0)) + province.substring(1);
    }

    private static DocBlock figures(ProvincialTotals totals, String section) {
        List<String> parts = new ArrayList<>();
        for (QuarterlyFigure figure : QuarterlyFigure.values()) {
            if (figure.section().equals(section)) {
                parts.add(figure.label() + ": " + QuarterlyNumbers.count(totals.get(figure)));
            }
        }
        return new DocBlock.Paragraph(String.join("; ", parts) + ".");
    }

    private static void section(List<DocBlock> blocks, String heading, String text) {
        blocks.add(new DocBlock.Heading(2, heading));
        blocks.add(new DocBlock.Paragraph(text == null || text.isBlank() ? "Không có nội dung báo cáo." : text));
    }
}
