package memcim.data.ecg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import memcim.core.InputException;
import memcim.core.JsonDamage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data set on disk damaged (issue 17): every result is a data set or an InputException naming one of its files. */
class DatasetFilesDamageTest {
    @TempDir Path dir;

    @Test
    void damagedDataSetsGiveDataSetsOrInputErrorsOnly() throws Exception {
        DatasetFiles.write(dir, DatasetBuilder.synthetic(90, 2));
        Path meta = dir.resolve(DatasetFiles.META), beats = dir.resolve(DatasetFiles.BEATS);
        String goodMeta = Files.readString(meta), goodBeats = Files.readString(beats);
        for (JsonDamage.Damaged d : JsonDamage.of(goodMeta)) {
            Files.writeString(meta, d.json());
            read(d.pointer());
        }
        Files.writeString(meta, goodMeta);
        SplittableRandom rng = new SplittableRandom(9);
        String garble = "0123456789,-\n#x!N";
        for (int k = 0; k < 500; k++) {
            StringBuilder sb = new StringBuilder(goodBeats);
            for (int m = 1 + rng.nextInt(3); m > 0; m--) sb.setCharAt(rng.nextInt(sb.length()), garble.charAt(rng.nextInt(garble.length())));
            Files.writeString(beats, sb);
            read("beats.csv garbled");
        }
    }

    private void read(String what) {
        try {
            DatasetFiles.read(dir);
        } catch (InputException e) {
            assertTrue(e.where().startsWith(dir.toString()), what + " -> " + e.getMessage());
        }
    }
}
