package memcim.device;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import memcim.core.InputException;
import memcim.core.JsonDamage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every field of a DeviceCard file removed, nulled or given a value of another kind: a DeviceCard or an InputException naming the file (issue 17). */
class CardDamageTest {
    @TempDir Path dir;

    @Test
    void everyFieldDamagedGivesAValueOrAnInputError() throws Exception {
        String good = DevicePresets.load("ddk-dynamic").toJson();
        Path f = dir.resolve("x.json");
        int refused = 0;
        List<JsonDamage.Damaged> damaged = JsonDamage.of(good);
        for (JsonDamage.Damaged d : damaged) {
            Files.writeString(f, d.json());
            try {
                DeviceCard.load(f);
            } catch (InputException e) {
                refused++;
                assertTrue(e.where().startsWith(f.toString()), d.pointer() + " -> " + e.getMessage());
            }
        }
        assertTrue(refused > damaged.size() * 3 / JsonDamage.variantsPerField(), refused + " of " + damaged.size());
    }
}
