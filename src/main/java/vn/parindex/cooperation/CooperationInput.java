package vn.parindex.cooperation;

import java.time.OffsetDateTime;

/** What a cooperating unit sent a lead unit for its items: the content and where the evidence is. */
public record CooperationInput(String unitCode, String leadUnitCode, String itemCodes, String content,
                               String evidenceRef, String recordedBy, OffsetDateTime recordedAt) {
}
