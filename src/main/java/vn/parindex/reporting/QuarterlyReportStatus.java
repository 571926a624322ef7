package vn.parindex.reporting;

public enum QuarterlyReportStatus { COLLECTING, DRAFTING, APPROVED, SUBMITTED }
