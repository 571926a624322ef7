package vn.parindex.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Writes a synthetic province as the YAML files the application loads from {@code data/}: org units, a criteria set
 * of {@value #SELF_SCORED_ITEMS} self-scored items (plus one survey item per field) and year files (calendar and
 * responsibility matrix). The application reads them through its own loader and validator, from a class-loader
 * overlay ({@link DataOverlayClassLoader}); no code path is special-cased.
 *
 * <ul>
 *   <li>{@link #provinceYear}: {@code departments} units of type DEPARTMENT (SNV and VPUBND first, then S001...) and
 *       the year 2026 (its real calendar), whose items are led round-robin by the departments;</li>
 *   <li>{@link #deadlineDay}: SNV, VPUBND and {@code unitsPerYear} districts per year for several assessment years
 *       that all reach the units' deadline on Monday 12/01/2026. Each year has the same 88-item criteria set, led
 *       round-robin by its own districts (so a sheet has one or two items, as in a province with ~70 scoring units);
 *       nobody plans (plan participants COMMUNE, none exist), so the deadline day is pure self-scoring.</li>
 * </ul>
 */
final class SyntheticData {

    static final int SELF_SCORED_ITEMS = 88;
    static final int PROVINCE_YEAR = 2026;
    private static final int FIELDS = 8;
    private static final String CRITERIA_SET = "BENCH-88";

    record Dataset(Path root, List<String> departments, List<String> districts, Map<Integer, List<String>> unitsByYear) {
    }

    private SyntheticData() {
    }

    static Dataset provinceYear(Path root, int departments) {
        List<String> departmentCodes = departments(departments);
        try {
            List<String> items = common(root, departmentCodes, List.of());
            write(root.resolve("data/years/" + PROVINCE_YEAR + ".yaml"), year(PROVINCE_YEAR, "DEPARTMENT", """
                      planDue: 2026-02-28
                      selfAssessmentOpens: 2026-12-01
                      unitScoreDue: 2027-01-11
                      reportToChairmanDue: 2027-01-15
                      chairmanApprovalDue: 2027-01-19
                      ministryDeadline: 2027-01-22
                      appraisalDue: 2027-03-01
                      explanationDue: 2027-03-15
                      resultsDue: 2027-04-15
                    """, items, departmentCodes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Dataset(root, departmentCodes, List.of(), Map.of(PROVINCE_YEAR, departmentCodes));
    }

    /**
     * A province of {@code departments} departments and {@code communes} communes (code X0001...), all of which plan
     * in 2026 and whose items the departments lead: the dashboard's large case (issue 15: 130 units).
     */
    static Dataset provinceWithCommunes(Path root, int departments, int communes) {
        List<String> departmentCodes = departments(departments);
        List<String> communeCodes = new ArrayList<>();
        for (int i = 1; i <= communes; i++) {
            communeCodes.add(String.format("X%04d", i));
        }
        try {
            copyShipped(root, "data/working-calendar/*.yaml");
            copyShipped(root, "data/notice-policies/*.yaml");
            Files.createDirectories(root.resolve("data/criteria-sets"));
            Files.createDirectories(root.resolve("data/years"));
            StringBuilder units = new StringBuilder(orgUnits(departmentCodes, List.of()));
            communeCodes.forEach(code -> units.append(unit(code, "UBND xã thử nghiệm " + code, "COMMUNE")));
            write(root.resolve("data/org-units.yaml"), units.toString());
            List<String> items = write(root.resolve("data/criteria-sets/bench-88.yaml"), CRITERIA_SET,
                    "Bộ tiêu chí tổng hợp cho đo hiệu năng (88 tiêu chí tự chấm)", SELF_SCORED_ITEMS);
            write(root.resolve("data/years/" + PROVINCE_YEAR + ".yaml"), year(PROVINCE_YEAR, "DEPARTMENT, COMMUNE", """
                      planDue: 2026-02-28
                      selfAssessmentOpens: 2026-12-01
                      unitScoreDue: 2027-01-11
                      reportToChairmanDue: 2027-01-15
                      chairmanApprovalDue: 2027-01-19
                      ministryDeadline: 2027-01-22
                    """, items, departmentCodes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Dataset(root, departmentCodes, List.copyOf(communeCodes), Map.of(PROVINCE_YEAR, departmentCodes));
    }

    /** The shipped data/ of the project as it is (the 2026 province of the demo), for the dashboard benchmark. */
    static Dataset shipped(Path root, Path project) {
        try (var files = Files.walk(project.resolve("data"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = root.resolve(project.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Dataset(root, List.of(), List.of(), Map.of());
    }

    static Dataset deadlineDay(Path root, int unitsPerYear, List<Integer> years) {
        List<String> departmentCodes = departments(2);
        List<String> districtCodes = new ArrayList<>();
        Map<Integer, List<String>> byYear = new LinkedHashMap<>();
        for (int year : years) {
            List<String> units = new ArrayList<>();
            for (int i = 0; i < unitsPerYear; i++) {
                units.add(String.format("H%04d", districtCodes.size() + 1));
                districtCodes.add(units.get(units.size() - 1));
            }
            byYear.put(year, List.copyOf(units));
        }
        try {
            List<String> items = common(root, departmentCodes, districtCodes);
            for (var entry : byYear.entrySet()) {
                write(root.resolve("data/years/" + entry.getKey() + ".yaml"), year(entry.getKey(), "COMMUNE", """
                          planDue: 2026-01-05
                          selfAssessmentOpens: 2026-01-05
                          unitScoreDue: 2026-01-12
                          reportToChairmanDue: 2026-01-15
                          chairmanApprovalDue: 2026-01-19
                          ministryDeadline: 2026-01-22
                        """, items, entry.getValue()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Dataset(root, departmentCodes, List.copyOf(districtCodes), byYear);
    }

    private static List<String> departments(int count) {
        List<String> codes = new ArrayList<>(List.of("SNV", "VPUBND"));
        for (int i = 1; codes.size() < count; i++) {
            codes.add(String.format("S%03d", i));
        }
        return codes.subList(0, Math.max(2, count));
    }

    /** The shipped calendar and policies, the org units and the criteria set; returns the self-scored item codes. */
    private static List<String> common(Path root, List<String> departments, List<String> districts) throws IOException {
        copyShipped(root, "data/working-calendar/*.yaml");
        copyShipped(root, "data/notice-policies/*.yaml");
        Files.createDirectories(root.resolve("data/criteria-sets"));
        Files.createDirectories(root.resolve("data/years"));
        write(root.resolve("data/org-units.yaml"), orgUnits(departments, districts));
        return write(root.resolve("data/criteria-sets/bench-88.yaml"), CRITERIA_SET,
                "Bộ tiêu chí tổng hợp cho đo hiệu năng (88 tiêu chí tự chấm)", SELF_SCORED_ITEMS);
    }

    private static String orgUnits(List<String> departments, List<String> districts) {
        StringBuilder yaml = new StringBuilder("# generated by the benchmark (vn.parindex.bench.SyntheticData)\nunits:\n");
        for (String code : departments) {
            String name = switch (code) {
                case "SNV" -> "Sở Nội vụ";
                case "VPUBND" -> "Văn phòng UBND tỉnh";
                default -> "Sở thử nghiệm " + code;
            };
            yaml.append(unit(code, name, "DEPARTMENT"));
        }
        for (String code : districts) {
            yaml.append(unit(code, "UBND huyện thử nghiệm " + code, "DISTRICT"));
        }
        return yaml.toString();
    }

    private static String unit(String code, String name, String type) {
        return "  - {code: " + code + ", name: \"" + name + "\", type: " + type + ", validFrom: 2008-04-01, validTo: null, "
                + "predecessors: [], email: " + code.toLowerCase() + "@bench.example}\n";
    }

    /**
     * A criteria set of 8 fields, {@code selfScored} self-scored leaves spread evenly over them (0.25 or 0.75 points)
     * and one survey leaf per field; writes it and returns the codes of the self-scored leaves in order.
     */
    private static List<String> write(Path file, String code, String name, int selfScored) throws IOException {
        BigDecimal leafPoints = new BigDecimal("0.75");
        BigDecimal surveyPoints = new BigDecimal("4");
        List<String> leaves = new ArrayList<>();
        StringBuilder items = new StringBuilder();
        BigDecimal total = BigDecimal.ZERO;
        for (int field = 1; field <= FIELDS; field++) {
            int count = selfScored / FIELDS + (field <= selfScored % FIELDS ? 1 : 0);
            BigDecimal fieldPoints = leafPoints.multiply(BigDecimal.valueOf(count)).add(surveyPoints);
            total = total.add(fieldPoints);
            items.append("  - code: \"").append(field).append("\"\n")
                    .append("    name: \"Lĩnh vực thử nghiệm ").append(field).append("\"\n")
                    .append("    maxPoints: ").append(fieldPoints.toPlainString()).append('\n')
                    .append("    children:\n");
            for (int leaf = 1; leaf <= count; leaf++) {
                String leafCode = field + "." + leaf;
                leaves.add(leafCode);
                items.append("      - {code: \"").append(leafCode).append("\", name: \"Tiêu chí thử nghiệm ").append(leafCode)
                        .append("\", maxPoints: ").append(leafPoints.toPlainString()).append(", scoringMethod: GRADED, ")
                        .append("selfScored: true, naAllowed: false, evidence: \"Văn bản, báo cáo kết quả\", ")
                        .append("guidance: \"Hoàn thành: đủ điểm; một phần: một nửa\"}\n");
            }
            String surveyCode = field + "." + (count + 1);
            items.append("      - {code: \"").append(surveyCode).append("\", name: \"Điều tra xã hội học ").append(surveyCode)
                    .append("\", maxPoints: ").append(surveyPoints.toPlainString()).append(", scoringMethod: SURVEY, ")
                    .append("selfScored: false, naAllowed: false, guidance: \"Bộ Nội vụ điều tra\"}\n");
        }
        String yaml = "# generated by the benchmark (vn.parindex.bench.SyntheticData)\n"
                + "code: \"" + code + "\"\nname: \"" + name + "\"\ndecision: \"Dữ liệu tổng hợp, không phải văn bản thật\"\n"
                + "sample: true\nsampleNote: \"Dữ liệu đo hiệu năng\"\n"
                + "totalPoints: " + total.toPlainString() + "\nsurveyPoints: "
                + surveyPoints.multiply(BigDecimal.valueOf(FIELDS)).toPlainString() + "\nitems:\n" + items;
        write(file, yaml);
        return leaves;
    }

    /** A year file whose matrix gives the items to the leads round-robin. */
    private static String year(int year, String planParticipants, String calendar, List<String> items,
                               List<String> leads) {
        StringBuilder yaml = new StringBuilder("# generated by the benchmark (vn.parindex.bench.SyntheticData)\n")
                .append("year: ").append(year).append('\n')
                .append("province: \"Tỉnh thử nghiệm\"\n")
                .append("criteriaSet: \"").append(CRITERIA_SET).append("\"\n")
                .append("planParticipants: [").append(planParticipants).append("]\n")
                .append("calendar:\n");
        calendar.lines().map(String::strip).filter(line -> !line.isEmpty())
                .forEach(line -> yaml.append("  ").append(line).append('\n'));
        yaml.append("matrix:\n");
        for (int i = 0; i < items.size(); i++) {
            String lead = leads.get(i % leads.size());
            yaml.append("  - {item: \"").append(items.get(i)).append("\", lead: ").append(lead).append(", cooperating: []}\n");
        }
        return yaml.toString();
    }

    /** The shipped files the dataset keeps (working calendar, notice policies), copied from the classpath. */
    private static void copyShipped(Path root, String pattern) throws IOException {
        String folder = pattern.substring(0, pattern.lastIndexOf('/'));
        Files.createDirectories(root.resolve(folder));
        for (Resource resource : new PathMatchingResourcePatternResolver(SyntheticData.class.getClassLoader())
                .getResources("classpath*:" + pattern)) {
            try (InputStream in = resource.getInputStream()) {
                Files.write(root.resolve(folder).resolve(resource.getFilename()), in.readAllBytes());
            }
        }
    }

    private static void write(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
