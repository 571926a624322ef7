package vn.parindex.focalofficials;

/**
 * A field (lĩnh vực) a unit follows for the province, for which it names one or two focal officials; a unit that
 * leads no field names a single official ({@code code} null, seed 003 item 1.b: "cử 01 công chức").
 */
public record FocalField(String code, String label, int maxOfficials) {
}
