package vn.parindex.consolidation.files;

import java.util.List;

/** One province's scoring table: a sheet of the appendix workbook. */
public record AppendixSheet(String sheetName, String title, String subtitle, List<AppendixLine> lines) {
}
