package vn.parindex.remediation;

public enum PlanStatus {
    DRAFT("Đang soạn dự thảo"),
    SUBMITTED("Chờ Chủ tịch UBND tỉnh phê duyệt"),
    RETURNED("Bị trả lại, đang sửa dự thảo"),
    IN_PROGRESS("Đang thực hiện"),
    COMPLETED("Đã hoàn thành"),
    CANCELLED("Đã hủy");

    private final String label;

    PlanStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
