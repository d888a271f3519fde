package memcim.data;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;

/**
 * The public data sets beside the repository ({@link SharedDataFolder}). A clean clone without them must still pass
 * {@code ./scripts/test}, so tests against real files are skipped (and say why) when the folder is absent.
 */
public final class SharedData {
    private SharedData() {}

    /** {@code shared/data/NAME}, or the test is skipped when it is not on this machine. */
    public static Path folder(String name) {
        var found = SharedDataFolder.find(name);
        assumeTrue(found.isPresent(),
                "shared data '" + name + "' not found (../shared/data/" + name + " above the repository, or MEMCIM_SHARED_DATA)");
        return found.get();
    }
}
