package memcim.cli;

import static memcim.cli.BadInput.check;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad options on the command line: one line naming the option, exit 2, a pointer to --help (issue 17). */
class BadInputOptionsTest {
    @TempDir Path dir;

    @Test
    void anUnknownOptionIsNamed() {
        check(dir, "memcim train", List.of("--bogus"), "train", "--bogus", "--out", dir.resolve("m").toString());
    }

    @Test
    void aNonNumberForAnIntegerOptionIsNamedAndQuoted() {
        check(dir, "memcim device draw", List.of("--draws", "'many'"), "device", "draw", "pcm", "--draws", "many");
    }
}
