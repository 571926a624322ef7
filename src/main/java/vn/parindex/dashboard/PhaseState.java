package vn.parindex.dashboard;

/** Where a unit stands in a phase, as the dashboard shows it. */
public enum PhaseState {
    NOT_STARTED("Chưa bắt đầu", "#9e9e9e"),
    IN_PROGRESS("Đang làm", "#1e88e5"),
    SUBMITTED("Đã nộp", "#8e24aa"),
    RETURNED("Bị trả lại", "#fb8c00"),
    ACCEPTED("Đã duyệt", "#43a047"),
    OVERDUE("Quá hạn", "#e53935");

    private final String label;
    private final String colour;

    PhaseState(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    public String colour() {
        return colour;
    }
}
