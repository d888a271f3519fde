package memcim.spice;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds {@code libngspice}. Debian's runtime package {@code libngspice0} ships only the versioned
 * {@code libngspice.so.0}; the unversioned name comes with {@code -dev}. Order: the
 * {@code MEMCIM_NGSPICE_LIB} environment variable (or {@code memcim.ngspice.lib} system property),
 * then the versioned and unversioned names in the usual library folders.
 */
final class LibraryLocator {
    static final String ENV = "MEMCIM_NGSPICE_LIB";
    static final String PROPERTY = "memcim.ngspice.lib";

    private static final List<String> FOLDERS = List.of(
            "/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib",
            "/usr/local/lib", "/opt/homebrew/lib");
    private static final List<String> NAMES = List.of("libngspice.so.0", "libngspice.so", "libngspice.dylib");

    private LibraryLocator() {}

    /** The library file to load; a {@link SpiceLibraryException} saying what to install if none. */
    static Path locate() {
        String override = System.getProperty(PROPERTY, System.getenv(ENV));
        if (override != null && !override.isBlank()) {
            Path p = Path.of(override);
            if (!Files.isRegularFile(p)) {
                throw new SpiceLibraryException(ENV + "=" + override + " does not name a file; unset it or point it at libngspice.so.0");
            }
            return p;
        }
        List<Path> tried = new ArrayList<>();
        for (String folder : FOLDERS) {
            for (String name : NAMES) {
                Path p = Path.of(folder, name);
                if (Files.isRegularFile(p)) return p;
                tried.add(p);
            }
        }
        throw new SpiceLibraryException("ngspice shared library not found (looked for " + NAMES + " in " + FOLDERS
                + "). Install it with scripts/setup, or: sudo apt-get install libngspice0 ngspice"
                + " (or set " + ENV + " to the library file)");
    }
}
