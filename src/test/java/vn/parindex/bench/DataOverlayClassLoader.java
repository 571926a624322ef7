package vn.parindex.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * Serves {@code data/} from a synthetic dataset's folder instead of the shipped one (the dataset carries copies of the
 * shipped working calendar and notice policies); classes and every other resource come from the parent. Set as the
 * thread's context class loader while the application starts, which is what its data loader reads through. The whole
 * folder is replaced, not single files, because Spring's pattern resolver may look up the common parent
 * {@code data/} when it resolves sibling folders.
 */
final class DataOverlayClassLoader extends ClassLoader {

    private static final String OVERLAID = "data";

    private final Path root;

    DataOverlayClassLoader(ClassLoader parent, Path root) {
        super(parent);
        this.root = root;
    }

    private static boolean overlaid(String name) {
        String path = name.startsWith("/") ? name.substring(1) : name;
        return path.equals(OVERLAID) || path.startsWith(OVERLAID + "/");
    }

    @Override
    public URL getResource(String name) {
        if (!overlaid(name)) {
            return super.getResource(name);
        }
        Path file = root.resolve(name.startsWith("/") ? name.substring(1) : name);
        if (!Files.exists(file)) {
            return null;
        }
        try {
            return file.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        if (!overlaid(name)) {
            return super.getResources(name);
        }
        URL url = getResource(name);
        return url == null ? Collections.emptyEnumeration() : Collections.enumeration(List.of(url));
    }
}
