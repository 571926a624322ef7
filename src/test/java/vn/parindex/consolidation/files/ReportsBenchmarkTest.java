package vn.parindex.consolidation.files;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.parindex.office.word.Issue;
import vn.parindex.office.word.Letterhead;
import vn.parindex.office.workbook.UploadLimits;
import vn.parindex.office.workbook.UploadedWorkbook;

/**
 * Figures, not a timed test: writes the scoring table of 34 provinces × 88 items (one sheet each, streaming) and
 * the Word report, reads the workbook back with the upload reader, and prints time, size and peak heap of each.
 * Run alone: {@code ./mvnw -B test -Dtest=ReportsBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ReportsBenchmarkTest {

    private static final int PROVINCES = 34;
    private static final int FIELDS = 8;
    private static final int ITEMS = 88;

    @Test
    void printsTimesAndPeakHeap() {
        List<AppendixSheet> sheets = new ArrayList<>();
        for (int province = 1; province <= PROVINCES; province++) {
            sheets.add(new AppendixSheet(String.format("Tỉnh %02d", province),
                    "PHỤ LỤC: BẢNG ĐIỂM TỰ ĐÁNH GIÁ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2026", "Tỉnh " + province, lines()));
        }
        System.out.println();
        System.out.println("| what (34 provinces × 88 items) | ms | KB | peak heap MB |");
        System.out.println("|---|---:|---:|---:|");
        measure("appendix .xlsx, 34 sheets, SXSSF (first run, JIT cold)", () -> AppendixWorkbook.write(sheets));
        byte[] workbook = measure("appendix .xlsx, 34 sheets, SXSSF", () -> AppendixWorkbook.write(sheets));
        measure("read it back (streaming upload reader, 34 sheets)", () -> {
            UploadedWorkbook.read(workbook, new UploadLimits(50L * 1024 * 1024, 5000),
                    sheets.stream().map(AppendixSheet::sheetName).toList());
            return workbook;
        });
        measure("Word report, 1 province, 88 items explained", () -> SelfAssessmentReportDocument.write(report(), LETTERHEAD, Issue.draft(2027)));
        measure("Word report × 34 provinces", () -> {
            byte[] last = null;
            for (int i = 0; i < PROVINCES; i++) {
                last = SelfAssessmentReportDocument.write(report(), LETTERHEAD, Issue.draft(2027));
            }
            return last;
        });
        System.out.println();
    }

    private static final Letterhead LETTERHEAD = new Letterhead(List.of(), List.of("Ủy ban nhân dân", "Tỉnh Lâm Đồng"),
            "BC-UBND", "Lâm Đồng", "Báo cáo", List.of("Bộ Nội vụ", "Lưu: VT, SNV"), List.of("TM. Ủy ban nhân dân", "Chủ tịch"),
            List.of("TM. Ủy ban nhân dân", "KT. Chủ tịch", "Phó Chủ tịch"));

    private static byte[] measure(String what, Supplier<byte[]> work) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        byte[] result = work.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %.1f |%n", what, millis, result.length / 1024,
                peak / (1024.0 * 1024.0));
        return result;
    }

    private static List<AppendixLine> lines() {
        List<AppendixLine> lines = new ArrayList<>();
        int item = 0;
        for (int field = 1; field <= FIELDS; field++) {
            lines.add(new AppendixLine(AppendixLine.Kind.FIELD, String.valueOf(field), "Lĩnh vực " + field,
                    BigDecimal.valueOf(12.5), BigDecimal.TEN, false, null, null, null, "Cộng lĩnh vực " + field));
            for (int criterion = 1; criterion <= 5 && item < ITEMS; criterion++) {
                lines.add(new AppendixLine(AppendixLine.Kind.CRITERION, field + "." + criterion, "Tiêu chí " + criterion,
                        BigDecimal.valueOf(2.5), null, false, null, null, null, null));
                for (int sub = 1; sub <= 2 && item < ITEMS; sub++, item++) {
                    lines.add(new AppendixLine(AppendixLine.Kind.ITEM, field + "." + criterion + "." + sub,
                            "Tiêu chí thành phần đánh giá việc thực hiện nhiệm vụ cải cách hành chính số " + item,
                            BigDecimal.ONE, new BigDecimal("0.75"), false, "Văn bản số " + item + "/BC-UBND",
                            "Giải trình về kết quả thực hiện, tài liệu kiểm chứng kèm theo", "Sở Nội vụ",
                            "Sở Nội vụ đã chấp nhận"));
                }
            }
        }
        lines.add(new AppendixLine(AppendixLine.Kind.TOTAL, "", "Tổng cộng", BigDecimal.valueOf(100),
                BigDecimal.valueOf(60), false, null, null, null, null));
        return lines;
    }

    private static ReportContent report() {
        List<ReportContent.FieldLine> fields = new ArrayList<>();
        for (int field = 1; field <= FIELDS; field++) {
            fields.add(new ReportContent.FieldLine(String.valueOf(field), "Lĩnh vực " + field, BigDecimal.valueOf(8.5),
                    BigDecimal.valueOf(7.25)));
        }
        List<ReportContent.ExplainedItem> explained = new ArrayList<>();
        for (int item = 1; item <= ITEMS; item++) {
            explained.add(new ReportContent.ExplainedItem("1.1." + item, "Tiêu chí thành phần " + item, "Sở Nội vụ",
                    "0,75", "Chưa có văn bản kiểm chứng; đơn vị đã trình dự thảo và giải trình kết quả thực hiện."));
        }
        return new ReportContent("Tỉnh Lâm Đồng", 2026, "Tóm tắt kết quả tự đánh giá.", fields, BigDecimal.valueOf(58),
                BigDecimal.valueOf(68), BigDecimal.valueOf(32), explained, "Khó khăn.", "Kiến nghị.", "Phiên bản 1.",
                null);
    }
}
