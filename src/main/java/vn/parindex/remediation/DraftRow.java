package vn.parindex.remediation;

/** A row of the drafting page: a saved task, a lost item suggested with its lead unit, or an empty row. */
public record DraftRow(String item, String itemHint, String unit, String content, String completionTime,
                       String reporting) {

    public static DraftRow empty() {
        return new DraftRow("", "", "", "", "", "");
    }
}
