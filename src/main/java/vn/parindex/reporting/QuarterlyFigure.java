package vn.parindex.reporting;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/**
 * The figures a department reports each quarter, in the order of the report (Báo cáo 58/BC-UBND, Bình Thuận, Q1/2023):
 * non-negative whole numbers.
 */
@RequiredArgsConstructor
public enum QuarterlyFigure {
    DIRECTION_DOCUMENTS("directionDocuments", "Số văn bản chỉ đạo, điều hành CCHC đã ban hành", "I"),
    INSPECTIONS("inspections", "Số cơ quan, đơn vị được kiểm tra công tác CCHC", "I"),
    COMMUNICATION_ITEMS("communicationItems", "Số tin, bài tuyên truyền về CCHC", "I"),
    LEGAL_DOCS_ISSUED("legalDocsIssued", "Số văn bản QPPL đã ban hành", "II.1"),
    LEGAL_DOCS_CHECKED("legalDocsChecked", "Số văn bản QPPL đã kiểm tra", "II.1"),
    LEGAL_DOCS_REVIEWED("legalDocsReviewed", "Số văn bản QPPL đã rà soát", "II.1"),
    PROCEDURES_PUBLISHED("proceduresPublished", "Số thủ tục hành chính được công bố", "II.2"),
    PROVINCE_RECEIVED("provinceReceived", "Hồ sơ cấp tỉnh: số hồ sơ tiếp nhận", "II.2"),
    PROVINCE_RESOLVED("provinceResolved", "Hồ sơ cấp tỉnh: số hồ sơ đã giải quyết", "II.2"),
    PROVINCE_ON_TIME("provinceOnTime", "Hồ sơ cấp tỉnh: số hồ sơ giải quyết đúng hạn", "II.2"),
    PROVINCE_LATE("provinceLate", "Hồ sơ cấp tỉnh: số hồ sơ trễ hạn", "II.2"),
    DISTRICT_RECEIVED("districtReceived", "Hồ sơ cấp huyện: số hồ sơ tiếp nhận", "II.2"),
    DISTRICT_RESOLVED("districtResolved", "Hồ sơ cấp huyện: số hồ sơ đã giải quyết", "II.2"),
    DISTRICT_ON_TIME("districtOnTime", "Hồ sơ cấp huyện: số hồ sơ giải quyết đúng hạn", "II.2"),
    DISTRICT_LATE("districtLate", "Hồ sơ cấp huyện: số hồ sơ trễ hạn", "II.2"),
    COMMUNE_RECEIVED("communeReceived", "Hồ sơ cấp xã: số hồ sơ tiếp nhận", "II.2"),
    COMMUNE_RESOLVED("communeResolved", "Hồ sơ cấp xã: số hồ sơ đã giải quyết", "II.2"),
    COMMUNE_ON_TIME("communeOnTime", "Hồ sơ cấp xã: số hồ sơ giải quyết đúng hạn", "II.2"),
    COMMUNE_LATE("communeLate", "Hồ sơ cấp xã: số hồ sơ trễ hạn", "II.2"),
    ONLINE_DOSSIERS("onlineDossiers", "Số hồ sơ tiếp nhận trực tuyến", "II.2"),
    UNITS_REORGANIZED("unitsReorganized", "Số cơ quan, tổ chức được sắp xếp, kiện toàn", "II.3"),
    STAFF_RECRUITED("staffRecruited", "Số công chức, viên chức được tuyển dụng", "II.4"),
    STAFF_TRAINED("staffTrained", "Số lượt cán bộ, công chức, viên chức được đào tạo, bồi dưỡng", "II.4"),
    ONLINE_SERVICES("onlineServices", "Số dịch vụ công trực tuyến đang cung cấp", "II.6"),
    ONLINE_SERVICES_FULL("onlineServicesFull", "Trong đó: dịch vụ công trực tuyến toàn trình", "II.6");

    /** Upper bound of any figure; more is a typing error. */
    public static final long MAX = 1_000_000_000L;

    @Getter
    private final String key;
    @Getter
    private final String label;
    @Getter
    private final String section;

    public static QuarterlyFigure byKey(String key) {
        for (QuarterlyFigure figure : values()) {
            if (figure.key.equals(key)) {
                return figure;
            }
        }
        throw new IllegalArgumentException(key);
    }
}
