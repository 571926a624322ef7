package vn.parindex.office.workbook;

/** How big an uploaded workbook may be: bytes of the file, rows of a sheet. */
public record UploadLimits(long maxBytes, int maxRows) {
}
