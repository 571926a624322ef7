package vn.parindex.office.word;

import java.time.LocalDate;

/**
 * What is known of a document's issue when it is generated: the number (or "58/BC-UBND") and date recorded when it
 * was sent, and the name of the person who approved it. Nulls until recorded: the document then shows the blanks a
 * văn thư fills by hand ("Số:      /BC-UBND", "ngày      tháng      năm 2026").
 */
public record Issue(String number, LocalDate date, String signerName, int draftYear) {

    public static Issue draft(int year) {
        return new Issue(null, null, null, year);
    }

    public Issue signedBy(String name) {
        return new Issue(number, date, name, draftYear);
    }
}
