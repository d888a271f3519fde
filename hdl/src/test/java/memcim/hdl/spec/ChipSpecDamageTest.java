package memcim.hdl.spec;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import memcim.core.InputException;
import memcim.core.Json;
import memcim.core.JsonDamage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every field of a ChipSpec file removed, nulled or given a value of another kind: a ChipSpec or an InputException naming the file (issue 17). */
class ChipSpecDamageTest {
    @TempDir Path dir;

    @Test
    void everyFieldDamagedGivesAValueOrAnInputError() throws Exception {
        String good = memcim.core.Json.write(ChipSpec.reference());
        Path f = dir.resolve("x.json");
        int refused = 0;
        List<JsonDamage.Damaged> damaged = JsonDamage.of(good);
        for (JsonDamage.Damaged d : damaged) {
            Files.writeString(f, d.json());
            try {
                ChipSpec.load(f);
            } catch (InputException e) {
                refused++;
                assertTrue(e.where().startsWith(f.toString()), d.pointer() + " -> " + e.getMessage());
            }
        }
        assertTrue(refused > damaged.size() * 3 / JsonDamage.variantsPerField(), refused + " of " + damaged.size());
    }
}
