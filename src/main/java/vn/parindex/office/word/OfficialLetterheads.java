package vn.parindex.office.word;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import vn.parindex.common.ValidationException;

/**
 * The letterheads of the province's documents, read once from {@code data/official-documents/*.yaml} and validated
 * completely at start. A file holds the letterheads from its year on, until a later file: names change with the
 * mergers (Tỉnh Bình Thuận 2022 → Tỉnh Lâm Đồng 2026), so a 2023 document is headed by the 2023 file even when
 * generated later.
 */
@Component
public class OfficialLetterheads {

    private final TreeMap<Integer, Map<String, Letterhead>> years = new TreeMap<>();

    public OfficialLetterheads() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        for (Resource file : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:data/official-documents/*.yaml")) {
            try (InputStream in = file.getInputStream()) {
                LetterheadsFile letterheads = yaml.readValue(in, LetterheadsFile.class);
                years.put(letterheads.year(), validate(letterheads, file.getFilename()));
            }
        }
    }

    /** The letterhead of {@code kind} (e.g. "selfAssessmentReport") valid in {@code year}. */
    public Letterhead of(String kind, int year) {
        Map.Entry<Integer, Map<String, Letterhead>> entry = years.floorEntry(year);
        if (entry == null || !entry.getValue().containsKey(kind)) {
            throw new ValidationException("Chưa có thể thức văn bản (" + kind + ") cho năm " + year
                    + " trong data/official-documents/.");
        }
        return entry.getValue().get(kind);
    }

    static Map<String, Letterhead> validate(LetterheadsFile file, String name) {
        List<String> problems = new ArrayList<>();
        if (file.place() == null || file.place().isBlank() || file.documents() == null || file.documents().isEmpty()) {
            problems.add(name + ": thiếu địa danh hoặc danh sách văn bản.");
            ValidationException.throwIfAny(problems);
        }
        Map<String, Letterhead> letterheads = new TreeMap<>();
        file.documents().forEach((kind, document) -> {
            if (blank(document.issuingBody()) || document.symbol() == null || !document.symbol().matches("[A-ZĐ]+-[A-ZĐ]+")
                    || document.kind() == null || blank(document.recipients()) || blank(document.signer())) {
                problems.add(name + ": văn bản " + kind + " thiếu cơ quan ban hành, ký hiệu (dạng BC-UBND), tên loại,"
                        + " nơi nhận hoặc người ký.");
            } else if (!document.recipients().get(document.recipients().size() - 1).startsWith("Lưu:")) {
                problems.add(name + ": nơi nhận của văn bản " + kind + " phải kết thúc bằng \"Lưu: …\".");
            } else {
                letterheads.put(kind, new Letterhead(document.parentBody(), document.issuingBody(), document.symbol(),
                        file.place(), document.kind(), document.recipients(), document.signer()));
            }
        });
        ValidationException.throwIfAny(problems);
        return letterheads;
    }

    private static boolean blank(List<String> lines) {
        return lines == null || lines.isEmpty() || lines.stream().anyMatch(line -> line == null || line.isBlank());
    }

    record LetterheadsFile(int year, String place, Map<String, DocumentKind> documents) {
    }

    record DocumentKind(List<String> parentBody, List<String> issuingBody, String symbol, String kind,
                        List<String> recipients, List<String> signer) {
    }
}
