package vn.parindex.cooperation;

import java.util.List;

/** What a cooperating unit gives one lead unit: for the lead unit's items it cooperates on (the year's matrix). */
public record CooperationRequest(String leadUnitCode, String leadUnitName, List<String> itemCodes) {
}
