package vn.parindex.office.word;

import java.util.List;

/**
 * How one kind of document of one year is headed and closed (Nghị định 30/2020/NĐ-CP, Phụ lục I), read from
 * {@code data/official-documents/<year>.yaml}: the parent body (capitals, regular; empty for the People's
 * Committee itself), the issuing body (capitals, bold, one line each), the symbol after the number ("BC-UBND"),
 * the place in the date line ("Lâm Đồng"), the kind ("BÁO CÁO"), the recipients (the last one "Lưu: VT, SNV") and
 * the signer's block ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH").
 */
public record Letterhead(List<String> parentBody, List<String> issuingBody, String symbol, String place, String kind,
                         List<String> recipients, List<String> signer) {

    public Letterhead {
        parentBody = parentBody == null ? List.of() : List.copyOf(parentBody);
        issuingBody = List.copyOf(issuingBody);
        recipients = List.copyOf(recipients);
        signer = List.copyOf(signer);
    }
}
