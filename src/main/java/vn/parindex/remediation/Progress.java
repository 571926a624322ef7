package vn.parindex.remediation;

import java.util.Arrays;
import java.util.Optional;

/** What a unit reports about a remediation task. */
public enum Progress {
    DONE("Đã hoàn thành"),
    IN_PROGRESS("Đang thực hiện"),
    NOT_DONE("Chưa thực hiện được");

    private final String label;

    Progress(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Progress> of(Object value) {
        return value == null ? Optional.empty()
                : Arrays.stream(values()).filter(progress -> progress.name().equals(value.toString().trim())).findFirst();
    }
}
