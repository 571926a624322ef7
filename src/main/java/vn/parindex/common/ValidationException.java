package vn.parindex.common;

import java.util.List;

/** Bad input from a user or a data file. The message is Vietnamese and meant to be shown as is. */
public class ValidationException extends RuntimeException {

    private final List<String> problems;

    public ValidationException(String problem) {
        this(List.of(problem));
    }

    public ValidationException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    /** Throws when problems were collected, so callers validate everything before storing anything. */
    public static void throwIfAny(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
