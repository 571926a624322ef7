package vn.parindex.remediation;

import java.util.Arrays;
import java.util.Optional;
import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** What a unit reports about a remediation task. */
@RequiredArgsConstructor
public enum Progress {
    DONE("Đã hoàn thành"),
    IN_PROGRESS("Đang thực hiện"),
    NOT_DONE("Chưa thực hiện được");

    @Getter
    private final String label;

    public static Optional<Progress> of(Object value) {
        return value == null ? Optional.empty()
                : Arrays.stream(values()).filter(progress -> progress.name().equals(value.toString().trim())).findFirst();
    }
}
