package vn.parindex.office.word;

import java.util.List;

/**
 * How one kind of document of one year is headed and closed (Nghị định 30/2020/NĐ-CP, Phụ lục I), read from
 * {@code data/official-documents/<year>.yaml}: the parent body (capitals, regular; empty for the People's
 * Committee itself), the issuing body (capitals, bold, one line each), the symbol after the number ("BC-UBND"),
 * the place in the date line ("Lâm Đồng"), the kind ("BÁO CÁO"), the recipients (the last one "Lưu: VT, SNV") and
 * the signer's block when the head signs ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH") and when a deputy signs for the head
 * ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH").
 */
public record Letterhead(List<String> parentBody, List<String> issuingBody, String symbol, String place, String kind,
                         List<String> recipients, List<String> signer, List<String> deputySigner) {

    public Letterhead {
        parentBody = parentBody == null ? List.of() : List.copyOf(parentBody);
        issuingBody = List.copyOf(issuingBody);
        recipients = List.copyOf(recipients);
        signer = List.copyOf(signer);
        deputySigner = List.copyOf(deputySigner);
    }

    /** The signer's block for this issue: the deputy's ("KT. …") when the approver signed for the head. */
    public List<String> signerBlock(Issue issue) {
        return issue.signedForTheHead() ? deputySigner : signer;
    }
}
