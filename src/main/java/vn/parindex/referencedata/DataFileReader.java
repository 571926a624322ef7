package vn.parindex.referencedata;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import vn.parindex.common.ValidationException;

/** Reads the reference data files from the classpath folder {@code data/}. */
@Component
class DataFileReader {

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    <T> DataFiles.Loaded<T> readOne(String location, Class<T> type) {
        return read(resolver.getResource("classpath:" + location), type);
    }

    <T> List<DataFiles.Loaded<T>> readAll(String pattern, Class<T> type) {
        try {
            Resource[] resources = resolver.getResources("classpath*:" + pattern);
            Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
            List<DataFiles.Loaded<T>> loaded = new ArrayList<>();
            for (Resource resource : resources) {
                loaded.add(read(resource, type));
            }
            return loaded;
        } catch (IOException e) {
            throw new IllegalStateException("Không đọc được thư mục dữ liệu " + pattern, e);
        }
    }

    private <T> DataFiles.Loaded<T> read(Resource resource, Class<T> type) {
        String name = resource.getFilename();
        try (InputStream in = resource.getInputStream()) {
            byte[] bytes = in.readAllBytes();
            return new DataFiles.Loaded<>(name, sha256(bytes), yaml.readValue(bytes, type));
        } catch (IOException e) {
            throw new ValidationException("Tệp dữ liệu " + name + " không đúng định dạng: " + e.getMessage());
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
