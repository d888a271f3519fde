package memcim.data;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The public data sets beside the repository ({@code ../shared/data}, see its README): tests against real
 * files find them there, or where {@code MEMCIM_SHARED_DATA} points. A clean clone without them must still
 * pass {@code ./scripts/test}, so those tests are skipped (and say why) when the folder is absent.
 */
public final class SharedData {
    private SharedData() {}

    /** {@code shared/data/NAME}, or the test is skipped when it is not on this machine. */
    public static Path folder(String name) {
        String env = System.getenv("MEMCIM_SHARED_DATA");
        Path found = env != null ? Path.of(env).resolve(name) : search(name);
        assumeTrue(found != null && Files.isDirectory(found),
                "shared data '" + name + "' not found (../shared/data/" + name + " above the repository, or MEMCIM_SHARED_DATA)");
        return found;
    }

    /** The first {@code shared/data/NAME} in a folder above the working directory (the module, under Maven). */
    private static Path search(String name) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("data").resolve(name);
            if (Files.isDirectory(candidate)) return candidate;
        }
        return null;
    }
}
