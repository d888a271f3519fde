package memcim.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the public data sets beside the repository are ({@code ../shared/data}, see its README): where
 * {@code MEMCIM_SHARED_DATA} points, else the first {@code shared/data/NAME} in a folder above the working directory.
 * Tests against real files look here; a clean clone without them still builds.
 */
public final class SharedDataFolder {
    private SharedDataFolder() {}

    public static Optional<Path> find(String name) {
        String env = System.getenv("MEMCIM_SHARED_DATA");
        Path found = env != null ? Path.of(env).resolve(name) : search(name);
        return found != null && Files.isDirectory(found) ? Optional.of(found) : Optional.empty();
    }

    private static Path search(String name) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("data").resolve(name);
            if (Files.isDirectory(candidate)) return candidate;
        }
        return null;
    }
}
