package vn.parindex.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;

/**
 * Reads a generated .docx back with POI and checks the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I, part by part:
 * A4 and the decree's margins, Times New Roman 11–14 pt, the two-column header (issuing body in bold capitals with
 * its line; national title and motto in bold with its line; "Số: …/<symbol>"; the place and date in italics), the
 * kind and the subject centred in bold, "Nơi nhận:" with its list and the signer's block with the name.
 */
public final class OfficialLayoutAssertions {

    /**
     * What the document must say. {@code number} is the text after "Số: " ("25/BC-UBND"), or null for the blank of a
     * draft ("      /BC-UBND"); {@code date} the date line after the place ("ngày 15 tháng 3 năm 2023"), or null for
     * the blanks; {@code signerName} null when nobody approved yet.
     */
    public record Expected(List<String> issuingBody, String symbol, String place, String kind, String subject,
                           String number, String date, List<String> signer, String signerName) {
    }

    private OfficialLayoutAssertions() {
    }

    public static XWPFDocument open(byte[] docx) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(docx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void assertOfficialLayout(byte[] docx, Expected expected) {
        try (XWPFDocument document = open(docx)) {
            assertOfficialLayout(document, expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void assertOfficialLayout(XWPFDocument document, Expected expected) {
        page(document);
        List<IBodyElement> body = document.getBodyElements();
        assertThat(body.get(0)).as("the document opens with the header table").isInstanceOf(XWPFTable.class);
        XWPFTable header = (XWPFTable) body.get(0);
        assertThat(header.getNumberOfRows()).isEqualTo(2);

        XWPFTableCell issuer = header.getRow(0).getCell(0);
        List<XWPFParagraph> issuerLines = texted(issuer.getParagraphs());
        assertThat(issuerLines).extracting(XWPFParagraph::getText).containsExactlyElementsOf(expected.issuingBody());
        issuerLines.forEach(line -> assertThat(bold(line)).as("issuing body in bold: " + line.getText()).isTrue());
        assertThat(issuer.getParagraphs()).as("a short line under the issuing body").anyMatch(OfficialLayoutAssertions::ruled);

        XWPFTableCell nation = header.getRow(0).getCell(1);
        List<XWPFParagraph> nationLines = texted(nation.getParagraphs());
        assertThat(nationLines).extracting(XWPFParagraph::getText)
                .containsExactly("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
        nationLines.forEach(line -> assertThat(bold(line)).as(line.getText() + " in bold").isTrue());
        assertThat(nation.getParagraphs()).as("a line under the motto").anyMatch(OfficialLayoutAssertions::ruled);

        String number = header.getRow(1).getCell(0).getText();
        if (expected.number() == null) {
            assertThat(number).matches("Số: +/" + expected.symbol());
        } else {
            assertThat(number).isEqualTo("Số: " + expected.number());
        }
        XWPFParagraph dateLine = header.getRow(1).getCell(1).getParagraphs().get(0);
        assertThat(dateLine.getRuns()).allMatch(XWPFRun::isItalic);
        if (expected.date() == null) {
            assertThat(dateLine.getText()).matches(expected.place() + ", ngày +tháng +năm \\d{4}");
        } else {
            assertThat(dateLine.getText()).isEqualTo(expected.place() + ", " + expected.date());
        }

        XWPFParagraph kind = (XWPFParagraph) body.get(1);
        XWPFParagraph subject = (XWPFParagraph) body.get(2);
        assertThat(kind.getText()).isEqualTo(expected.kind());
        assertThat(kind.getText()).isEqualTo(kind.getText().toUpperCase(java.util.Locale.forLanguageTag("vi")));
        assertThat(subject.getText()).isEqualTo(expected.subject());
        for (XWPFParagraph title : List.of(kind, subject)) {
            assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(bold(title)).as(title.getText() + " in bold").isTrue();
        }
        assertThat(ruled((XWPFParagraph) body.get(3))).as("a short line under the subject").isTrue();

        XWPFTable closing = document.getTables().get(document.getTables().size() - 1);
        XWPFTableCell recipients = closing.getRow(0).getCell(0);
        List<XWPFParagraph> lines = texted(recipients.getParagraphs());
        assertThat(lines.get(0).getText()).isEqualTo("Nơi nhận:");
        assertThat(lines.get(0).getRuns()).allMatch(run -> run.isBold() && run.isItalic());
        List<String> list = lines.subList(1, lines.size()).stream().map(XWPFParagraph::getText).toList();
        assertThat(list).isNotEmpty();
        assertThat(list.subList(0, list.size() - 1)).allMatch(line -> line.startsWith("- ") && line.endsWith(";"));
        assertThat(list.get(list.size() - 1)).startsWith("- Lưu: ").endsWith(".");
        List<String> signer = texted(closing.getRow(0).getCell(1).getParagraphs()).stream()
                .map(XWPFParagraph::getText).toList();
        List<String> expectedSigner = new ArrayList<>(expected.signer());
        if (expected.signerName() != null) {
            expectedSigner.add(expected.signerName());
        }
        assertThat(signer).containsExactlyElementsOf(expectedSigner);
        texted(closing.getRow(0).getCell(1).getParagraphs()).forEach(line -> assertThat(bold(line)).isTrue());

        fonts(document);
        assertThat(allText(document)).as("ỦY, never UỶ (the seeds' spelling)").doesNotContain("UỶ", "Uỷ");
    }

    private static void page(XWPFDocument document) {
        CTPageSz size = document.getDocument().getBody().getSectPr().getPgSz();
        assertThat(size.getW()).isEqualTo(BigInteger.valueOf(11906));
        assertThat(size.getH()).isEqualTo(BigInteger.valueOf(16838));
        CTPageMar margins = document.getDocument().getBody().getSectPr().getPgMar();
        // 20–25 mm top and bottom, 30–35 mm left, 15–20 mm right (1 mm = 56,7 twips)
        assertThat(twips(margins.getTop())).isBetween(1134, 1418);
        assertThat(twips(margins.getBottom())).isBetween(1134, 1418);
        assertThat(twips(margins.getLeft())).isBetween(1700, 1985);
        assertThat(twips(margins.getRight())).isBetween(850, 1134);
    }

    private static int twips(Object value) {
        return new BigInteger(value.toString()).intValue();
    }

    private static void fonts(XWPFDocument document) {
        List<XWPFRun> runs = new ArrayList<>();
        document.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
        document.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells()
                .forEach(c -> c.getParagraphs().forEach(p -> runs.addAll(p.getRuns())))));
        for (XWPFRun run : runs) {
            if (run.text().isBlank()) {
                continue;
            }
            assertThat(run.getFontFamily()).as("font of \"" + run.text() + "\"").isEqualTo("Times New Roman");
            Double size = run.getFontSizeAsDouble();
            assertThat(size).as("size of \"" + run.text() + "\"").isNotNull().isBetween(11.0, 14.0);
        }
        for (XWPFParagraph paragraph : document.getParagraphs()) {
            for (XWPFRun run : paragraph.getRuns()) {
                if (!run.text().isBlank()) {
                    assertThat(run.getFontSizeAsDouble()).as("body text 13–14 pt: " + run.text()).isBetween(13.0, 14.0);
                }
            }
        }
    }

    private static String allText(XWPFDocument document) {
        StringBuilder text = new StringBuilder();
        document.getParagraphs().forEach(p -> text.append(p.getText()).append('\n'));
        document.getTables().forEach(t -> text.append(t.getText()).append('\n'));
        return text.toString();
    }

    private static List<XWPFParagraph> texted(List<XWPFParagraph> paragraphs) {
        return paragraphs.stream().filter(p -> !p.getText().isBlank()).toList();
    }

    private static boolean bold(XWPFParagraph paragraph) {
        return paragraph.getRuns().stream().filter(run -> !run.text().isBlank()).allMatch(XWPFRun::isBold);
    }

    private static boolean ruled(XWPFParagraph paragraph) {
        return paragraph.getText().isBlank() && paragraph.getBorderBottom() == Borders.SINGLE;
    }
}
