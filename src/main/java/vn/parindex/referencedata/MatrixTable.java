package vn.parindex.referencedata;

import java.util.List;

/** A year's responsibility matrix as one official table: which unit leads an item (and its sub-items), who cooperates. */
public record MatrixTable(int year, String criteriaSetCode, List<Row> rows) {

    public record Row(String itemCode, String leadUnitCode, List<String> cooperatingUnitCodes) {
    }
}
