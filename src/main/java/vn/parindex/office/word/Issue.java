package vn.parindex.office.word;

import java.time.LocalDate;

/**
 * What is known of a document's issue when it is generated: the number (or "58/BC-UBND") and date recorded when it
 * was sent, and the name of the person who approved it. Nulls until recorded: the document then shows the blanks a
 * văn thư fills by hand ("Số:      /BC-UBND", "ngày      tháng      năm 2026"). {@code signedForTheHead}: the
 * approver is a deputy (a Vice-chairman) signing for the head, so the signer's block reads "KT. CHỦ TỊCH / PHÓ CHỦ
 * TỊCH" (Nghị định 30/2020/NĐ-CP, Phụ lục I).
 */
public record Issue(String number, LocalDate date, String signerName, int draftYear, boolean signedForTheHead) {

    public Issue(String number, LocalDate date, String signerName, int draftYear) {
        this(number, date, signerName, draftYear, false);
    }

    public static Issue draft(int year) {
        return new Issue(null, null, null, year);
    }

    public Issue signedBy(String name) {
        return signedBy(name, false);
    }

    /** Signed by {@code name}; {@code forTheHead}: a deputy signing for the head ("KT."). */
    public Issue signedBy(String name, boolean forTheHead) {
        return new Issue(number, date, name, draftYear, forTheHead);
    }
}
