package vn.parindex.results;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Scores pasted from a spreadsheet or the Ministry's published table: one item per line, its code in the first cell
 * and its score in the last (cells separated by tabs, as Excel copies them, or by semicolons or spaces). Lines whose
 * first cell is not a code (headings, field titles) are skipped.
 */
public final class PastedScores {

    private static final Pattern CODE = Pattern.compile("\\d+(\\.\\d+)*");

    private PastedScores() {
    }

    public static List<ResultEntry.Item> parse(String text, List<String> problems) {
        List<ResultEntry.Item> items = new ArrayList<>();
        if (text == null || text.isBlank()) {
            problems.add("Vui lòng dán bảng điểm: mỗi dòng một tiêu chí, mã ở cột đầu, điểm ở cột cuối.");
            return items;
        }
        String[] lines = text.split("\\r?\\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replace('\u00a0', ' ').strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.contains("\t") ? line.split("\t") : line.contains(";") ? line.split(";") : line.split("\\s+");
            String code = cells[0].strip();
            if (code.endsWith(".")) {
                code = code.substring(0, code.length() - 1);
            }
            if (!CODE.matcher(code).matches()) {
                continue;
            }
            String score = cells.length < 2 ? "" : cells[cells.length - 1].strip();
            if (score.isEmpty()) {
                problems.add("Dòng " + (i + 1) + " (tiêu chí " + code + "): không có điểm ở cột cuối.");
                continue;
            }
            items.add(new ResultEntry.Item(code, score));
        }
        return items;
    }
}
