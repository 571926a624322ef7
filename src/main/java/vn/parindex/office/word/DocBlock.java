package vn.parindex.office.word;

import java.util.List;

/** A block of a generated report: heading, paragraph or table (the first row is the header). */
public sealed interface DocBlock {

    record Heading(int level, String text) implements DocBlock {
    }

    record Paragraph(String text) implements DocBlock {
    }

    record Table(List<List<String>> rows) implements DocBlock {
    }
}
