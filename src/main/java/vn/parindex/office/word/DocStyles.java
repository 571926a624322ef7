package vn.parindex.office.word;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The paragraph styles of our Word documents, defined in the document itself ({@code word/styles.xml}): "Normal",
 * "Title", "Heading1" and "Heading2" with Word's built-in names ("heading 1", ...) and outline levels, so Word
 * shows the headings in its navigation pane and a table of contents can be built from them. Times New Roman as
 * administrative documents use (Nghị định 30/2020/NĐ-CP).
 */
public final class DocStyles {

    static final String NORMAL = "Normal";
    public static final String TITLE = "Title";
    public static final String HEADING_1 = "Heading1";
    public static final String HEADING_2 = "Heading2";
    private static final String FONT = "Times New Roman";

    private DocStyles() {
    }

    public static void define(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        styles.addStyle(style(NORMAL, "Normal", null, null, 13, false, 120));
        styles.addStyle(style(TITLE, "Title", NORMAL, null, 14, true, 120));
        styles.addStyle(style(HEADING_1, "heading 1", NORMAL, 0, 13, true, 240));
        styles.addStyle(style(HEADING_2, "heading 2", NORMAL, 1, 13, true, 120));
    }

    private static XWPFStyle style(String id, String name, String basedOn, Integer outlineLevel, int points,
                                   boolean bold, int spaceBeforeTwips) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setType(STStyleType.PARAGRAPH);
        style.setStyleId(id);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
            style.addNewNext().setVal(NORMAL);
        } else {
            style.setDefault(true);
        }
        style.addNewQFormat();
        if (outlineLevel != null) {
            style.addNewUiPriority().setVal(BigInteger.valueOf(9));
        }
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewSpacing().setBefore(BigInteger.valueOf(spaceBeforeTwips));
        if (outlineLevel != null) {
            paragraph.addNewKeepNext();
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        CTRPr run = style.addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        run.addNewSz().setVal(BigInteger.valueOf(points * 2L));
        if (bold) {
            run.addNewB();
        }
        return new XWPFStyle(style);
    }
}
