package vn.parindex.consolidation.files;

import vn.parindex.cycle.CyclePhase;
import vn.parindex.cycle.UnitProgress;

/** How units' states read in the province's tables. */
final class StatusLabels {

    private StatusLabels() {
    }

    static String phase(CyclePhase phase) {
        return phase == CyclePhase.PLAN ? "Kế hoạch triển khai" : "Tự chấm điểm";
    }

    static String unit(UnitProgress progress) {
        if (progress == null) {
            return "Chưa mở";
        }
        return switch (progress.status()) {
            case IN_PROGRESS -> "Đang thực hiện";
            case SUBMITTED -> "Đã nộp, chờ thủ trưởng ký duyệt";
            case SIGNED_OFF -> "Thủ trưởng đã ký duyệt, chờ Sở Nội vụ";
            case RETURNED -> "Bị trả lại, đang chỉnh sửa";
            case ACCEPTED -> "Sở Nội vụ đã chấp nhận";
        };
    }

    /** An item's state is its lead unit's; without any submitted score it is not scored yet. */
    static String scoring(UnitProgress progress, boolean scored) {
        return !scored && (progress == null || progress.round() == 0) ? "Chưa tự chấm" : unit(progress);
    }
}
