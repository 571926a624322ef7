package vn.parindex.reporting;

public enum QuarterlyUnitStatus { NOT_STARTED, SUBMITTED, SIGNED_OFF, RETURNED, ACCEPTED }
