package vn.parindex.reporting;

/**
 * The figures a unit reports each quarter, in the order of the report (Báo cáo 58/BC-UBND, Bình Thuận, Q1/2023):
 * non-negative whole numbers. The dossier figures belong to a level and are asked only of the units that report that
 * level; the others are asked of every unit (0 when the unit has none).
 */
public enum QuarterlyFigure {
    DIRECTION_DOCUMENTS("directionDocuments", "Số văn bản chỉ đạo, điều hành CCHC đã ban hành", "I"),
    INSPECTIONS("inspections", "Số cơ quan, đơn vị được kiểm tra công tác CCHC", "I"),
    COMMUNICATION_ITEMS("communicationItems", "Số tin, bài tuyên truyền về CCHC", "I"),
    GOV_TASKS_ASSIGNED("govTasksAssigned", "Nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao: tổng số", "I"),
    GOV_TASKS_COMPLETED("govTasksCompleted", "Nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao: đã hoàn thành", "I"),
    GOV_TASKS_IN_PROGRESS("govTasksInProgress", "Nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao: còn trong hạn, đang triển khai", "I"),
    GOV_TASKS_OVERDUE("govTasksOverdue", "Nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao: quá hạn chưa hoàn thành", "I"),
    LEGAL_DOCS_ISSUED("legalDocsIssued", "Số văn bản QPPL đã ban hành", "II.1"),
    LEGAL_DOCS_CHECKED("legalDocsChecked", "Số văn bản QPPL đã kiểm tra", "II.1"),
    LEGAL_DOCS_REVIEWED("legalDocsReviewed", "Số văn bản QPPL đã rà soát", "II.1"),
    PROCEDURES_PUBLISHED("proceduresPublished", "Số thủ tục hành chính được công bố", "II.2"),
    PROVINCE_RECEIVED("provinceReceived", "Hồ sơ cấp tỉnh: số hồ sơ tiếp nhận", "II.2", DossierLevel.PROVINCE),
    PROVINCE_BACKLOG("provinceBacklog", "Hồ sơ cấp tỉnh: số hồ sơ kỳ trước chuyển sang", "II.2", DossierLevel.PROVINCE),
    PROVINCE_RESOLVED("provinceResolved", "Hồ sơ cấp tỉnh: số hồ sơ đã giải quyết", "II.2", DossierLevel.PROVINCE),
    PROVINCE_ON_TIME("provinceOnTime", "Hồ sơ cấp tỉnh: số hồ sơ giải quyết đúng hạn", "II.2", DossierLevel.PROVINCE),
    PROVINCE_LATE("provinceLate", "Hồ sơ cấp tỉnh: số hồ sơ trễ hạn", "II.2", DossierLevel.PROVINCE),
    DISTRICT_RECEIVED("districtReceived", "Hồ sơ cấp huyện: số hồ sơ tiếp nhận", "II.2", DossierLevel.DISTRICT),
    DISTRICT_BACKLOG("districtBacklog", "Hồ sơ cấp huyện: số hồ sơ kỳ trước chuyển sang", "II.2", DossierLevel.DISTRICT),
    DISTRICT_RESOLVED("districtResolved", "Hồ sơ cấp huyện: số hồ sơ đã giải quyết", "II.2", DossierLevel.DISTRICT),
    DISTRICT_ON_TIME("districtOnTime", "Hồ sơ cấp huyện: số hồ sơ giải quyết đúng hạn", "II.2", DossierLevel.DISTRICT),
    DISTRICT_LATE("districtLate", "Hồ sơ cấp huyện: số hồ sơ trễ hạn", "II.2", DossierLevel.DISTRICT),
    COMMUNE_RECEIVED("communeReceived", "Hồ sơ cấp xã: số hồ sơ tiếp nhận", "II.2", DossierLevel.COMMUNE),
    COMMUNE_BACKLOG("communeBacklog", "Hồ sơ cấp xã: số hồ sơ kỳ trước chuyển sang", "II.2", DossierLevel.COMMUNE),
    COMMUNE_RESOLVED("communeResolved", "Hồ sơ cấp xã: số hồ sơ đã giải quyết", "II.2", DossierLevel.COMMUNE),
    COMMUNE_ON_TIME("communeOnTime", "Hồ sơ cấp xã: số hồ sơ giải quyết đúng hạn", "II.2", DossierLevel.COMMUNE),
    COMMUNE_LATE("communeLate", "Hồ sơ cấp xã: số hồ sơ trễ hạn", "II.2", DossierLevel.COMMUNE),
    ONLINE_DOSSIERS("onlineDossiers", "Số hồ sơ tiếp nhận trực tuyến", "II.2"),
    FEEDBACK_RECEIVED("feedbackReceived", "Phản ánh, kiến nghị về quy định hành chính, TTHC: số tiếp nhận", "II.2"),
    FEEDBACK_RESOLVED("feedbackResolved", "Phản ánh, kiến nghị về quy định hành chính, TTHC: số đã giải quyết xong", "II.2"),
    UNITS_REORGANIZED("unitsReorganized", "Số cơ quan, tổ chức được sắp xếp, kiện toàn", "II.3"),
    STAFF_RECRUITED("staffRecruited", "Số công chức, viên chức được tuyển dụng", "II.4"),
    STAFF_TRAINED("staffTrained", "Số lượt cán bộ, công chức, viên chức được đào tạo, bồi dưỡng", "II.4"),
    INVESTMENT_PLAN("investmentPlan", "Kế hoạch vốn đầu tư công được giao (triệu đồng)", "II.5"),
    INVESTMENT_DISBURSED("investmentDisbursed", "Vốn đầu tư công đã giải ngân (triệu đồng)", "II.5"),
    ONLINE_SERVICES("onlineServices", "Số dịch vụ công trực tuyến đang cung cấp", "II.6"),
    ONLINE_SERVICES_FULL("onlineServicesFull", "Trong đó: dịch vụ công trực tuyến toàn trình", "II.6"),
    ONLINE_SERVICES_NATIONAL_PORTAL("onlineServicesNationalPortal",
            "Trong đó: dịch vụ công trực tuyến tích hợp trên Cổng Dịch vụ công quốc gia", "II.6");

    /** Upper bound of any figure; more is a typing error. */
    public static final long MAX = 1_000_000_000L;

    private final String key;
    private final String label;
    private final String section;
    private final DossierLevel level;

    QuarterlyFigure(String key, String label, String section) {
        this(key, label, section, null);
    }

    QuarterlyFigure(String key, String label, String section, DossierLevel level) {
        this.key = key;
        this.label = label;
        this.section = section;
        this.level = level;
    }

    /** The level whose dossiers this figure counts; null for the figures every unit reports. */
    public DossierLevel level() {
        return level;
    }

    /** Whether a unit reporting {@code levels} is asked for this figure. */
    public boolean askedOf(java.util.Set<DossierLevel> levels) {
        return level == null || levels.contains(level);
    }

    /** The figure of one level: kind is RECEIVED, BACKLOG, RESOLVED, ON_TIME or LATE. */
    public static QuarterlyFigure of(DossierLevel level, String kind) {
        return valueOf(level.name() + "_" + kind);
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String section() {
        return section;
    }

    public static QuarterlyFigure byKey(String key) {
        for (QuarterlyFigure figure : values()) {
            if (figure.key.equals(key)) {
                return figure;
            }
        }
        throw new IllegalArgumentException(key);
    }
}
