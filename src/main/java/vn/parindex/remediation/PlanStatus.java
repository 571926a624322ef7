package vn.parindex.remediation;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

@RequiredArgsConstructor
public enum PlanStatus {
    DRAFT("Đang soạn dự thảo"),
    SUBMITTED("Chờ Chủ tịch UBND tỉnh phê duyệt"),
    RETURNED("Bị trả lại, đang sửa dự thảo"),
    IN_PROGRESS("Đang thực hiện"),
    COMPLETED("Đã hoàn thành"),
    CANCELLED("Đã hủy");

    @Getter
    private final String label;

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
