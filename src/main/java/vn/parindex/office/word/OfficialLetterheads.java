package vn.parindex.office.word;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import vn.parindex.common.ValidationException;
import vn.parindex.common.VietnameseFormat;

/**
 * The letterheads of the province's documents, read once from {@code data/official-documents/*.yaml} and validated
 * completely at start. Each file belongs to a province ({@code province}, as the year's data names it: "Tỉnh Hà
 * Tĩnh") and holds its letterheads from its {@code effectiveFrom} date (01/01 of its year when absent) until a later
 * file of the same province: names change with the mergers (Tỉnh Bình Thuận → Tỉnh Lâm Đồng from 01/07/2025; the
 * new province lists the old one under {@code predecessors}, whose files head its documents dated before), so a
 * document is headed by the file in force on its date; a draft without a date by the file of its year. The province
 * is asked for, not guessed from the year: the demo data's 2023 has two (the Hà Tĩnh assessment year of seed 003, the
 * Bình Thuận quarterly reports of seed 002).
 */
@Component
public class OfficialLetterheads {

    /** Per province: its files by year (drafts) and by the day they apply from (dated documents). */
    private final Map<String, TreeMap<Integer, Map<String, Letterhead>>> years = new HashMap<>();
    private final Map<String, TreeMap<LocalDate, Map<String, Letterhead>>> effective = new HashMap<>();

    public OfficialLetterheads() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        List<LetterheadsFile> files = new ArrayList<>();
        Map<LetterheadsFile, Map<String, Letterhead>> kinds = new HashMap<>();
        for (Resource file : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:data/official-documents/*.yaml")) {
            try (InputStream in = file.getInputStream()) {
                LetterheadsFile letterheads = yaml.readValue(in, LetterheadsFile.class);
                kinds.put(letterheads, validate(letterheads, file.getFilename()));
                files.add(letterheads);
            }
        }
        for (LetterheadsFile file : files) {
            add(file.province(), file, kinds.get(file));
        }
        // a merged province's documents dated before the merger are headed by its predecessor's files
        for (LetterheadsFile file : files) {
            for (String predecessor : file.predecessors() == null ? List.<String>of() : file.predecessors()) {
                files.stream().filter(older -> older.province().equals(predecessor)
                                && older.effectiveFromOrNewYear().isBefore(file.effectiveFromOrNewYear()))
                        .forEach(older -> add(file.province(), older, kinds.get(older)));
            }
        }
    }

    private void add(String province, LetterheadsFile file, Map<String, Letterhead> kinds) {
        years.computeIfAbsent(province, p -> new TreeMap<>()).merge(file.year(), kinds, (kept, other) -> kept);
        effective.computeIfAbsent(province, p -> new TreeMap<>()).merge(file.effectiveFromOrNewYear(), kinds,
                (kept, other) -> kept);
    }

    /** The letterhead of {@code kind} (e.g. "selfAssessmentReport") of {@code province} valid in {@code year}. */
    public Letterhead of(String kind, String province, int year) {
        return pick(years.getOrDefault(province, new TreeMap<>()).floorEntry(year), kind, province, "năm " + year);
    }

    /**
     * The letterhead of {@code kind} of {@code province} for a document issued on {@code issuedOn} (the file in force
     * that day), or, while the date is not recorded, the one of {@code year}.
     */
    public Letterhead of(String kind, String province, int year, LocalDate issuedOn) {
        if (issuedOn == null) {
            return of(kind, province, year);
        }
        return pick(effective.getOrDefault(province, new TreeMap<>()).floorEntry(issuedOn), kind, province,
                "ngày " + VietnameseFormat.date(issuedOn));
    }

    private static <K> Letterhead pick(Map.Entry<K, Map<String, Letterhead>> entry, String kind, String province,
                                       String when) {
        if (entry == null || !entry.getValue().containsKey(kind)) {
            throw new ValidationException("Chưa có thể thức văn bản (" + kind + ") của " + province + " cho " + when
                    + " trong data/official-documents/.");
        }
        return entry.getValue().get(kind);
    }

    static Map<String, Letterhead> validate(LetterheadsFile file, String name) {
        List<String> problems = new ArrayList<>();
        if (file.place() == null || file.place().isBlank() || file.province() == null || file.province().isBlank()
                || file.documents() == null || file.documents().isEmpty()) {
            problems.add(name + ": thiếu tỉnh (province), địa danh hoặc danh sách văn bản.");
            ValidationException.throwIfAny(problems);
        }
        Map<String, Letterhead> letterheads = new TreeMap<>();
        file.documents().forEach((kind, document) -> {
            if (blank(document.issuingBody()) || document.symbol() == null || !document.symbol().matches("[A-ZĐ]+-[A-ZĐ]+")
                    || document.kind() == null || blank(document.recipients()) || blank(document.signer())
                    || blank(document.deputySigner())) {
                problems.add(name + ": văn bản " + kind + " thiếu cơ quan ban hành, ký hiệu (dạng BC-UBND), tên loại,"
                        + " nơi nhận, người ký hoặc khối ký của cấp phó ký thay (deputySigner).");
            } else if (!document.deputySigner().stream().anyMatch(line -> line.startsWith("KT."))) {
                problems.add(name + ": khối ký thay của văn bản " + kind + " phải có dòng \"KT. …\" (Nghị định 30).");
            } else if (!document.recipients().get(document.recipients().size() - 1).startsWith("Lưu:")) {
                problems.add(name + ": nơi nhận của văn bản " + kind + " phải kết thúc bằng \"Lưu: …\".");
            } else {
                letterheads.put(kind, new Letterhead(document.parentBody(), document.issuingBody(), document.symbol(),
                        file.place(), document.kind(), document.recipients(), document.signer(),
                        document.deputySigner()));
            }
        });
        ValidationException.throwIfAny(problems);
        return letterheads;
    }

    private static boolean blank(List<String> lines) {
        return lines == null || lines.isEmpty() || lines.stream().anyMatch(line -> line == null || line.isBlank());
    }

    /**
     * {@code effectiveFrom}: the day the file's names apply from, when not 01/01 of its year (e.g. a merger);
     * {@code province}: the province's name as the year's data writes it; {@code predecessors}: the provinces merged
     * into it, whose earlier files head its documents dated before {@code effectiveFrom}.
     */
    record LetterheadsFile(int year, LocalDate effectiveFrom, String province, List<String> predecessors, String place,
                           Map<String, DocumentKind> documents) {

        LetterheadsFile(int year, LocalDate effectiveFrom, String place, Map<String, DocumentKind> documents) {
            this(year, effectiveFrom, "Tỉnh " + place, null, place, documents);
        }

        LocalDate effectiveFromOrNewYear() {
            return effectiveFrom == null ? LocalDate.of(year, 1, 1) : effectiveFrom;
        }
    }

    record DocumentKind(List<String> parentBody, List<String> issuingBody, String symbol, String kind,
                        List<String> recipients, List<String> signer, List<String> deputySigner) {
    }
}
