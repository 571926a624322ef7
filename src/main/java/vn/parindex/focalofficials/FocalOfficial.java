package vn.parindex.focalofficials;

/**
 * One focal official a unit named (seed 003, Phụ lục IV), with the account in the Ministry's scoring software
 * (Phụ lục III) when the official has one; {@code fieldCode} is null for a unit that leads no field.
 */
public record FocalOfficial(String unitCode, String fieldCode, int rowNo, String fullName, String position,
                            String phone, String email, String softwareAccount) {
}
