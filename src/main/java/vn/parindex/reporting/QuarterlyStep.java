package vn.parindex.reporting;

/** The decisions taken on quarterly reports. */
public enum QuarterlyStep { UNIT_SIGN_OFF, UNIT_REVIEW, CHAIRMAN_APPROVAL }
