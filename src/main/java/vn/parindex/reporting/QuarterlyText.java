package vn.parindex.reporting;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** The narrative parts of a department's quarterly report (and of the province's, which SNV drafts). */
@RequiredArgsConstructor
public enum QuarterlyText {
    DIRECTION("directionNotes", "I. Công tác chỉ đạo, điều hành CCHC", false),
    INSTITUTIONAL("institutionalNotes", "II.1. Cải cách thể chế", false),
    PROCEDURES("procedureNotes", "II.2. Cải cách thủ tục hành chính", false),
    APPARATUS("apparatusNotes", "II.3. Cải cách tổ chức bộ máy", false),
    CIVIL_SERVICE("civilServiceNotes", "II.4. Cải cách chế độ công vụ", false),
    PUBLIC_FINANCE("financeNotes", "II.5. Cải cách tài chính công", false),
    E_GOVERNMENT("egovNotes", "II.6. Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", false),
    POSITIVES("positives", "III.1. Mặt tích cực", true),
    LIMITATIONS("limitations", "III.2. Tồn tại, hạn chế", true),
    CAUSES("causes", "III.3. Nguyên nhân", false),
    SOLUTIONS("solutions", "III.4. Giải pháp khắc phục", false),
    NEXT_QUARTER("nextQuarterTasks", "IV. Phương hướng, nhiệm vụ quý tới", true);

    public static final int MAX_LENGTH = 4000;

    @Getter
    private final String key;
    @Getter
    private final String label;
    @Getter
    private final boolean required;

    public static QuarterlyText byKey(String key) {
        for (QuarterlyText text : values()) {
            if (text.key.equals(key)) {
                return text;
            }
        }
        throw new IllegalArgumentException(key);
    }
}
