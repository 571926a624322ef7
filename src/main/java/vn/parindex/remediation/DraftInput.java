package vn.parindex.remediation;

import java.util.List;

/**
 * A draft of the plan as SNV wrote it on the drafting page or sent it as JSON. A task row whose content, completion
 * time and reporting are all empty is a blank row and is left out.
 */
public record DraftInput(String title, String endsOn, List<TaskInput> tasks) {

    /**
     * @param item           the criterion the task addresses (optional)
     * @param unit           code of the responsible unit
     * @param content        what the unit must do
     * @param completionTime "Tháng 9/2027", "Trước ngày 15/12/2027" or "Thường xuyên"
     * @param reporting      how the unit reports the result (ghi chú)
     */
    public record TaskInput(String item, String unit, String content, String completionTime, String reporting) {

        public boolean blank() {
            return isBlank(content) && isBlank(completionTime) && isBlank(reporting);
        }

        private static boolean isBlank(String text) {
            return text == null || text.isBlank();
        }
    }
}
