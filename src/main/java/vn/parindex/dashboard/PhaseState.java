package vn.parindex.dashboard;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Where a unit stands in a phase, as the dashboard shows it. */
@RequiredArgsConstructor
public enum PhaseState {
    NOT_STARTED("Chưa bắt đầu", "#9e9e9e"),
    IN_PROGRESS("Đang làm", "#1e88e5"),
    SUBMITTED("Đã nộp", "#8e24aa"),
    RETURNED("Bị trả lại", "#fb8c00"),
    ACCEPTED("Đã duyệt", "#43a047"),
    OVERDUE("Quá hạn", "#e53935");

    @Getter
    private final String label;
    @Getter
    private final String colour;
}
