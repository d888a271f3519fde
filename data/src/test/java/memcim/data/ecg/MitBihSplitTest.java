package memcim.data.ecg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import memcim.core.InputException;
import memcim.data.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inter-patient split of the real MIT-BIH Arrhythmia Database (shared/data/mitdb), its classes and its test sample. */
class MitBihSplitTest {
    static Path dir;
    static List<EcgRecord> records;
    static EcgDataset inter;

    @BeforeAll
    static void read() {
        dir = SharedData.folder("mitdb");
        records = WfdbReader.readDirectory(dir);
        inter = DatasetBuilder.fromRecords(records, new DatasetBuilder.Selection(BeatClasses.mitBih(), RecordSplit.INTER_PATIENT,
                1000, 5, false, true), "mitdb");
    }

    private static String record(String origin) { return origin.substring(0, origin.indexOf(':')); }

    @Test
    void noPatientsKnownBeatsAreOnBothSidesAndTheUnseenClassOnlyTests() {
        Set<String> trainRecords = new HashSet<>(), testRecords = new HashSet<>();
        for (BeatSet s : List.of(inter.train(), inter.validation()))
            for (int i = 0; i < s.size(); i++) {
                assertTrue(s.labels()[i] < BeatClasses.TRAINED, "no unseen beat in training or validation");
                trainRecords.add(record(s.origins()[i]));
            }
        BeatSet t = inter.test();
        for (int i = 0; i < t.size(); i++) if (t.labels()[i] < BeatClasses.TRAINED) testRecords.add(record(t.origins()[i]));
        assertTrue(RecordSplit.DS1.containsAll(trainRecords), trainRecords.toString());
        assertTrue(RecordSplit.DS2.containsAll(testRecords), testRecords.toString());
        assertEquals(24, trainRecords.size(), "every training record gives beats");
        assertEquals(24, testRecords.size(), "every test record gives beats");
        assertEquals("N L R A V / F f a | !", inter.classes().describe());
    }

    @Test
    void theTestSplitHoldsEveryAnnotatedBeatOfItsRecordsAndTrainingIsASeededBalance() {
        // counted from the annotations directly: a record's first or last beat may lack a full 700 ms window
        int[] expected = new int[BeatClasses.TRAINED + 1];
        int records = 0;
        for (EcgRecord r : MitBihSplitTest.records) {
            records++;
            for (BeatAnnotation a : r.beats()) {
                var label = inter.classes().label(a.symbol());
                if (label.isEmpty()) continue;
                if (inter.classes().unseen(label.getAsInt()) || RecordSplit.testRecord(r.name())) expected[label.getAsInt()]++;
            }
        }
        int[] test = inter.test().countPerClass();
        for (int k = 0; k < test.length; k++) {
            assertTrue(test[k] <= expected[k] && test[k] >= expected[k] - 2 * 24, inter.classes().symbol(k) + ": " + test[k]
                    + " test beats of " + expected[k] + " annotated");
        }
        assertEquals(472, test[BeatClasses.TRAINED], "every ventricular flutter wave of record 207");
        int[] train = inter.train().countPerClass(), val = inter.validation().countPerClass();
        for (int k = 0; k < BeatClasses.TRAINED; k++) {
            assertTrue(train[k] + val[k] <= 1000, "cap");
            assertEquals(0.2, val[k] / (double) (train[k] + val[k]), 0.01, "validation share of " + inter.classes().symbol(k));
        }
        assertEquals(1000, train[0] + val[0], "normal beats are capped");
        assertEquals(100, train[8] + val[8], "all 100 aberrated atrial premature beats of DS1");
        EcgDataset other = DatasetBuilder.fromRecords(MitBihSplitTest.records, new DatasetBuilder.Selection(BeatClasses.mitBih(),
                RecordSplit.INTER_PATIENT, 1000, 6, false, true), "mitdb");
        assertNotEquals(List.of(inter.train().origins()), List.of(other.train().origins()), "another seed, another sample");
        assertEquals(inter.test().size(), other.test().size(), "the test split does not depend on the seed");
    }

    @Test
    void sameSeedSameFiles(@TempDir Path out) throws Exception {
        EcgDataset again = DatasetBuilder.fromRecords(records, new DatasetBuilder.Selection(BeatClasses.mitBih(), RecordSplit.INTER_PATIENT,
                1000, 5, false, true), "mitdb");
        DatasetFiles.write(out.resolve("a"), inter);
        DatasetFiles.write(out.resolve("b"), again);
        assertArrayEquals(Files.readAllBytes(out.resolve("a/beats.csv")), Files.readAllBytes(out.resolve("b/beats.csv")));
        EcgDataset read = DatasetFiles.read(out.resolve("a"));
        assertEquals(inter.classes(), read.classes(), "the class table travels with the files");
        assertEquals(inter.test(), read.test());
        EcgDataset inverted = DatasetBuilder.fromRecords(records, new DatasetBuilder.Selection(BeatClasses.mitBih(), RecordSplit.INTER_PATIENT,
                1000, 5, false, true, null, true), "mitdb");
        byte[] level = inter.test().codes(), inv = inverted.test().codes();
        assertEquals(level.length, inv.length);
        for (int i = 0; i < level.length; i++) assertEquals(7 - level[i], inv[i], "code " + i + ": the same beats, the codes inverted");
        DatasetFiles.write(out.resolve("c"), inverted);
        assertTrue(DatasetFiles.read(out.resolve("c")).quantiser().inverted(), "the polarity travels with the files");
    }

    @Test
    void theChipsTestBeatsAreAClassBalancedSample() {
        BeatSet s = inter.test().balanced(1000, 1);
        int[] n = s.countPerClass();
        assertEquals(1000, s.size());
        assertEquals(50, n[8], "all 50 aberrated atrial premature beats of DS2");
        for (int k = 0; k < n.length; k++) if (k != 8) assertTrue(n[k] == 105 || n[k] == 106, inter.classes().symbol(k) + ": " + n[k]);
        assertEquals(s, inter.test().balanced(1000, 1), "seeded");
        assertFalse(s.equals(inter.test().balanced(1000, 2)));
    }

    @Test
    void validationRecordsValidateOnPatientsOfTheirOwn() {
        Set<String> held = Set.of("106", "119", "208");
        EcgDataset d = DatasetBuilder.fromRecords(records, new DatasetBuilder.Selection(BeatClasses.mitBih(), RecordSplit.INTER_PATIENT,
                1000, 5, false, true, held), "mitdb");
        for (int i = 0; i < d.validation().size(); i++) assertTrue(held.contains(record(d.validation().origins()[i])));
        for (int i = 0; i < d.train().size(); i++) assertFalse(held.contains(record(d.train().origins()[i])));
        assertEquals(new HashSet<>(List.of(inter.test().origins())), new HashSet<>(List.of(d.test().origins())),
                "the test split holds the same beats (its codes follow the quantiser fitted on the other training beats)");
        // record 208 alone holds 373 of DS1's 415 fusion beats (372 with a full window): validated on, they are missing from training
        assertTrue(d.validation().countPerClass()[6] >= 370 && d.train().countPerClass()[6] < 50,
                d.validation().countPerClass()[6] + " validation and " + d.train().countPerClass()[6] + " training fusion beats");
        InputException e = assertThrows(InputException.class, () -> DatasetBuilder.fromRecords(records, new DatasetBuilder.Selection(
                BeatClasses.mitBih(), RecordSplit.INTER_PATIENT, 1000, 5, false, true, Set.of("100")), "mitdb"));
        assertEquals("--validation-records: expected training-side (DS1) records of the inter-patient split, found '100'", e.getMessage());
    }

    @Test
    void anotherUnseenClassAndTheErrorsOfBadChoices() {
        BeatClasses e = BeatClasses.mitBih('V');
        assertEquals("N L R A / F f a j | V", e.describe(), "the tenth candidate fills in for the held-out class");
        EcgDataset v = DatasetBuilder.fromRecords(records, new DatasetBuilder.Selection(e, RecordSplit.INTER_PATIENT, 300, 1, false, true), "m");
        assertEquals(0, v.train().countPerClass()[BeatClasses.TRAINED]);
        assertTrue(v.test().countPerClass()[BeatClasses.TRAINED] > 6000, "premature ventricular beats of every record test");
        InputException q = assertThrows(InputException.class, () -> BeatClasses.mitBih('Q', "--unseen"));
        assertTrue(q.getMessage().startsWith("--unseen: expected an MIT-BIH beat symbol"), q.getMessage());
        InputException s = assertThrows(InputException.class, () -> DatasetBuilder.fromRecords(records,
                new DatasetBuilder.Selection(BeatClasses.mitBih('S'), RecordSplit.INTER_PATIENT, 300, 1, false, true), "mitdb"));
        assertEquals("mitdb: expected at least 10 beats of the unseen class 'S' (supraventricular premature beat (unseen in training)), "
                + "found 2 in 48 records", s.getMessage());
        EcgRecord foreign = new EcgRecord("syn0001", 360, new double[1000], List.of());
        InputException f = assertThrows(InputException.class, () -> DatasetBuilder.fromRecords(List.of(foreign),
                new DatasetBuilder.Selection(BeatClasses.mitBih(), RecordSplit.INTER_PATIENT, 0, 1, false, true), "recs"));
        assertTrue(f.getMessage().startsWith("recs: record syn0001: expected an MIT-BIH Arrhythmia Database record"), f.getMessage());
    }
}
