package memcim.data.ecg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import memcim.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetTest {
    @TempDir Path dir;

    @Test
    void syntheticRecordsAreDeterministicBySeed() {
        var s = SyntheticEcg.Settings.defaults(11, 12);
        List<EcgRecord> a = SyntheticEcg.generate(s), b = SyntheticEcg.generate(s);
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.get(i).millivolts(), b.get(i).millivolts());
            assertEquals(a.get(i).beats(), b.get(i).beats());
        }
        List<EcgRecord> c = SyntheticEcg.generate(SyntheticEcg.Settings.defaults(12, 12));
        assertNotEquals(a.get(0).beats(), c.get(0).beats());
    }

    @Test
    void theRawWindowsAreTheSameBeatsInTheSameOrderAsTheCodes() {
        var s = SyntheticEcg.Settings.defaults(5, 40);
        var both = DatasetBuilder.syntheticWithWindows(s);
        EcgDataset plain = DatasetBuilder.synthetic(s);
        assertArrayEquals(plain.train().codes(), both.data().train().codes(), "the windows leave the data set as it was");
        assertArrayEquals(plain.test().labels(), both.data().test().labels());
        BeatSet[] sets = {both.data().train(), both.data().validation(), both.data().test()};
        double[][][] windows = {both.trainWindows(), both.validationWindows(), both.testWindows()};
        for (int k = 0; k < 3; k++) {
            assertEquals(sets[k].size(), windows[k].length);
            for (int i = 0; i < windows[k].length; i += 7) {
                assertEquals(BeatFeatures.WINDOW, windows[k][i].length);
                double[] f = new double[BeatFeatures.FEATURES];
                BeatFeatures.features(windows[k][i], f, 0);
                byte[] codes = both.data().quantiser().quantise(f, 1);
                for (int j = 0; j < BeatFeatures.FEATURES; j++)
                    assertEquals(sets[k].codes()[i * BeatFeatures.FEATURES + j], codes[j], "split " + k + " beat " + i + " feature " + j);
            }
        }
    }

    /** The R wave of a normal beat sits at its annotation, about 1 mV above the baseline. */
    @Test
    void normalBeatsPeakAtTheirAnnotation() {
        List<EcgRecord> records = SyntheticEcg.generate(SyntheticEcg.Settings.defaults(2, 20));
        int checked = 0, peaked = 0;
        for (EcgRecord r : records) {
            for (BeatAnnotation a : r.beats()) {
                if (a.symbol() != 'N' || a.sample() < 40 || a.sample() + 40 >= r.length()) continue;
                int best = a.sample();
                for (int i = a.sample() - 36; i <= a.sample() + 36; i++) if (r.millivolts()[i] > r.millivolts()[best]) best = i;
                checked++;
                if (Math.abs(best - a.sample()) <= 4) peaked++;
            }
        }
        assertTrue(checked > 50 && peaked > 0.9 * checked, peaked + " of " + checked);
    }

    @Test
    void detectorFindsAnnotatedNormalBeats() {
        List<EcgRecord> records = SyntheticEcg.generate(SyntheticEcg.Settings.defaults(3, 20));
        int total = 0, found = 0;
        for (EcgRecord r : records) {
            int[] peaks = RPeakDetector.detect(r);
            for (BeatAnnotation a : r.beats()) {
                if (a.symbol() != 'N') continue;
                total++;
                int near = RPeakDetector.nearest(peaks, a.sample(), 18);
                if (java.util.Arrays.binarySearch(peaks, near) >= 0) found++;
            }
        }
        assertTrue(found > 0.95 * total, found + " of " + total + " normal beats detected within 50 ms");
    }

    @Test
    void splitsAreStratifiedDisjointAndKeepTheUnseenClassForTesting() {
        EcgDataset d = DatasetBuilder.synthetic(360, 5);
        int per = DatasetBuilder.perClass(360);
        int[] tr = d.train().countPerClass(), va = d.validation().countPerClass(), te = d.test().countPerClass();
        for (int k = 0; k < EcgClass.TRAINED; k++) {
            assertEquals(per, tr[k] + va[k] + te[k]);
            assertEquals(Math.round(per * 0.6), tr[k]);
        }
        int unseen = EcgClass.VENTRICULAR_FLUTTER.ordinal();
        assertEquals(0, tr[unseen] + va[unseen]);
        assertEquals(SyntheticEcg.unseenBeats(per), te[unseen]);
        Set<String> seen = new HashSet<>();
        for (BeatSet s : List.of(d.train(), d.validation(), d.test()))
            for (String o : s.origins()) assertTrue(seen.add(o), "beat " + o + " in two splits");
        for (byte c : d.test().codes()) assertTrue(c >= 0 && c <= 7);
    }

    /** Windows aligned on detected R peaks: same beats and splits, and mostly the same codes (peaks match). */
    @Test
    void detectorAlignmentKeepsTheBeatsAndMostCodes() {
        List<EcgRecord> records = SyntheticEcg.generate(SyntheticEcg.Settings.defaults(8, 20));
        EcgDataset annotated = DatasetBuilder.build(records, 20, 8, false, "a");
        EcgDataset detected = DatasetBuilder.build(records, 20, 8, true, "d");
        assertArrayEquals(annotated.train().labels(), detected.train().labels());
        assertArrayEquals(annotated.test().origins(), detected.test().origins());
        int same = 0;
        byte[] a = annotated.train().codes(), d = detected.train().codes();
        for (int i = 0; i < a.length; i++) if (Math.abs(a[i] - d[i]) <= 1) same++;
        assertTrue(same > 0.9 * a.length, same + " of " + a.length + " codes within one step");
    }

    @Test
    void datasetFilesRoundTrip() {
        EcgDataset d = DatasetBuilder.synthetic(180, 6);
        DatasetFiles.write(dir, d);
        EcgDataset back = DatasetFiles.read(dir);
        assertEquals(d.train(), back.train());
        assertEquals(d.validation(), back.validation());
        assertEquals(d.test(), back.test());
        assertArrayEquals(d.quantiser().lo(), back.quantiser().lo());
        assertEquals(d.seed(), back.seed());
    }

    @Test
    void malformedBeatFileNamesLineAndColumn() throws IOException {
        DatasetFiles.write(dir, DatasetBuilder.synthetic(90, 7));
        Path csv = dir.resolve(DatasetFiles.BEATS);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(csv));
        lines.set(5, lines.get(5).replaceFirst(",([0-7])$", ",9"));
        Files.write(csv, lines);
        InputException e = assertThrows(InputException.class, () -> DatasetFiles.read(dir));
        assertTrue(e.where().endsWith("beats.csv:6 column f32"), e.getMessage());
        assertEquals("'9'", e.found());
    }

    @Test
    void quantiserSpreadsTrainingValuesOverEightCodes() {
        double[] f = new double[1000];
        for (int i = 0; i < f.length; i++) f[i] = i;
        FeatureQuantiser q = FeatureQuantiser.fit(f, 1000, 1);
        int[] histogram = new int[8];
        for (byte c : q.quantise(f, 1000)) histogram[c]++;
        for (int h : histogram) assertTrue(h > 100 && h < 150, java.util.Arrays.toString(histogram));
        assertEquals(0, q.code(0, -1e9));
        assertEquals(7, q.code(0, 1e9));
    }
}
