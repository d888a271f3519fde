package memcim.data.ecg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import memcim.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MIT-BIH layout: round trip through the writer and reader, and clear errors for malformed files. */
class WfdbTest {
    @TempDir Path dir;

    private static EcgRecord synthetic() {
        List<EcgRecord> records = SyntheticEcg.generate(SyntheticEcg.Settings.defaults(4, 6));
        return records.get(0);
    }

    @Test
    void syntheticRecordRoundTrips() {
        EcgRecord r = synthetic();
        WfdbWriter.write(dir, r);
        EcgRecord back = WfdbReader.read(dir, r.name());
        assertEquals(r.name(), back.name());
        assertEquals(360, back.samplingHz());
        assertEquals(r.length(), back.length());
        for (int i = 0; i < r.length(); i++)
            assertEquals(Math.round(r.millivolts()[i] * 200) / 200.0, back.millivolts()[i], 1e-12, "sample " + i);
        assertEquals(r.beats(), back.beats());
        assertEquals(1, WfdbReader.readDirectory(dir).size());
    }

    @Test
    void oddLengthNegativeValuesLongGapsAndEveryCodeRoundTrip() {
        double[] mv = new double[1001];
        for (int i = 0; i < mv.length; i++) mv[i] = ((i * 37) % 4095 - 2047) / 200.0;   // the full 12-bit range
        List<BeatAnnotation> beats = List.of(new BeatAnnotation(3, 'N'), new BeatAnnotation(3 + 5000, 'V'),
                new BeatAnnotation(70_000, '!'), new BeatAnnotation(70_001, '/'), new BeatAnnotation(200_000, 'j'));
        EcgRecord r = new EcgRecord("odd", 360, mv, beats);
        WfdbWriter.write(dir, r);
        EcgRecord back = WfdbReader.read(dir, "odd");
        for (int i = 0; i < mv.length; i++) assertEquals(mv[i], back.millivolts()[i], 1e-12);
        assertEquals(beats, back.beats());
    }

    /** A hand-made MIT-BIH-style record: two signals (V5 first, MLII second), baseline in the gain field, AUX text. */
    @Test
    void readsTheSecondOfTwoInterleavedSignalsWhenItIsMlii() throws IOException {
        int[] v5 = {10, -20, 30, 40}, mlii = {1000, -1, 2047, -2048};
        int[] interleaved = new int[8];
        for (int i = 0; i < 4; i++) { interleaved[2 * i] = v5[i]; interleaved[2 * i + 1] = mlii[i]; }
        Files.write(dir.resolve("100.dat"), WfdbWriter.format212(interleaved));
        int sum = Arrays.stream(mlii).sum();
        Files.writeString(dir.resolve("100.hea"), "# a comment\n100 2 360 4\n100.dat 212 200 11 1024 10 0 0 V5\n"
                + "100.dat 212 200(24)/mV 11 1024 1000 " + (short) sum + " 0 MLII\n", StandardCharsets.US_ASCII);
        // N at 1, an AUX word of 3 bytes (padded to 4), then V at 3
        byte[] atr = {1, 4, 3, (byte) (63 << 2), 'a', 'b', 'c', 0, 2, 5 << 2, 0, 0};
        Files.write(dir.resolve("100.atr"), atr);
        EcgRecord r = WfdbReader.read(dir, "100");
        assertArrayEquals(new double[] {(1000 - 24) / 200.0, (-1 - 24) / 200.0, (2047 - 24) / 200.0, (-2048 - 24) / 200.0},
                r.millivolts(), 1e-12);
        assertEquals(List.of(new BeatAnnotation(1, 'N'), new BeatAnnotation(3, 'V')), r.beats());
    }

    @Test
    void truncatedSignalFileNamesFileAndByteOffset() throws IOException {
        EcgRecord r = synthetic();
        WfdbWriter.write(dir, r);
        Path dat = dir.resolve(r.name() + ".dat");
        byte[] b = Files.readAllBytes(dat);
        Files.write(dat, Arrays.copyOf(b, b.length - 7));
        InputException e = assertThrows(InputException.class, () -> WfdbReader.read(dir, r.name()));
        assertTrue(e.where().contains(r.name() + ".dat: byte " + (b.length - 7)), e.getMessage());
        assertTrue(e.expected().contains(b.length + " bytes"), e.getMessage());
    }

    @Test
    void headerErrorsNameTheLine() throws IOException {
        Files.writeString(dir.resolve("x.hea"), "x 1 360 10\nx.dat 16 200 12 0 0 0 0 MLII\n");
        InputException e = assertThrows(InputException.class, () -> WfdbReader.read(dir, "x"));
        assertTrue(e.where().endsWith("x.hea:2"), e.getMessage());
        assertEquals("signal format 212", e.expected());
        assertEquals("format 16", e.found());

        Files.writeString(dir.resolve("y.hea"), "y two 360\n");
        e = assertThrows(InputException.class, () -> WfdbReader.read(dir, "y"));
        assertTrue(e.where().endsWith("y.hea:1") && e.found().equals("'two'"), e.getMessage());

        Files.writeString(dir.resolve("z.hea"), "z 2 360 10\nz.dat 212 200 12 0 0 0 0 MLII\n");
        e = assertThrows(InputException.class, () -> WfdbReader.read(dir, "z"));
        assertEquals("2 signal lines", e.expected());

        e = assertThrows(InputException.class, () -> WfdbReader.read(dir, "missing"));
        assertEquals("no such file", e.found());
    }

    @Test
    void annotationErrorsNameTheByte() throws IOException {
        EcgRecord r = synthetic();
        WfdbWriter.write(dir, r);
        Path atr = dir.resolve(r.name() + ".atr");
        byte[] b = Files.readAllBytes(atr);
        Files.write(atr, Arrays.copyOf(b, b.length - 2));     // no end mark
        InputException e = assertThrows(InputException.class, () -> WfdbReader.read(dir, r.name()));
        assertTrue(e.where().endsWith(".atr: byte " + (b.length - 2)), e.getMessage());
        assertEquals("end of file", e.found());

        b[2] = 0;
        b[3] = (byte) (50 << 2);                                   // code 50: not an annotation code
        Files.write(atr, b);
        e = assertThrows(InputException.class, () -> WfdbReader.read(dir, r.name()));
        assertTrue(e.where().endsWith(".atr: byte 2") && e.found().equals("code 50"), e.getMessage());
    }

    @Test
    void checksumMismatchIsReported() throws IOException {
        EcgRecord r = synthetic();
        WfdbWriter.write(dir, r);
        Path dat = dir.resolve(r.name() + ".dat");
        byte[] b = Files.readAllBytes(dat);
        b[30] ^= 0x01;
        Files.write(dat, b);
        InputException e = assertThrows(InputException.class, () -> WfdbReader.read(dir, r.name()));
        assertTrue(e.where().endsWith(".hea:2") && e.expected().startsWith("checksum"), e.getMessage());
    }

    @Test
    void aNegativeSampleCountIsAnErrorNotAll() throws IOException {
        EcgRecord r = synthetic();
        WfdbWriter.write(dir, r);
        Path hea = dir.resolve(r.name() + ".hea");
        Files.writeString(hea, Files.readString(hea).replaceFirst(r.name() + " 1 360 \\d+", r.name() + " 1 360 -1"));
        InputException e = assertThrows(InputException.class, () -> WfdbReader.read(dir, r.name()));
        assertEquals(hea + ":1", e.where());
        assertEquals("-1", e.found());
    }

    @Test
    void aHeaderByteThatIsNotAsciiIsNamedByOffset() throws IOException {
        EcgRecord r = synthetic();
        WfdbWriter.write(dir, r);
        Path hea = dir.resolve(r.name() + ".hea");
        byte[] b = Files.readAllBytes(hea);
        b[3] = (byte) 0xE9;
        Files.write(hea, b);
        InputException e = assertThrows(InputException.class, () -> WfdbReader.read(dir, r.name()));
        assertEquals(hea + ": byte 3", e.where());
    }

    @Test
    void recordsWithoutKnownBeatsAreNoDataSet() throws IOException {
        EcgRecord r = synthetic();
        EcgRecord none = new EcgRecord(r.name(), r.samplingHz(), r.millivolts(), List.of());
        InputException e = assertThrows(InputException.class, () -> DatasetBuilder.build(List.of(none), 0, 1, false, "records"));
        assertEquals("records", e.where());
        assertTrue(e.found().startsWith("0 training and 0 validation beats"), e.found());
    }

    /** Garbled bytes in any of the three files: a record, or an InputException naming a file of it. */
    @Test
    void garbledRecordsGiveRecordsOrInputErrorsOnly() throws IOException {
        EcgRecord r = synthetic();
        WfdbWriter.write(dir, r);
        java.util.Map<String, byte[]> good = new java.util.HashMap<>();
        for (String ext : new String[] {"hea", "dat", "atr"}) good.put(ext, Files.readAllBytes(dir.resolve(r.name() + "." + ext)));
        java.util.SplittableRandom rng = new java.util.SplittableRandom(5);
        String garble = "0123456789 -/()x\n\u00ff";
        for (int k = 0; k < 600; k++) {
            String ext = new String[] {"hea", "dat", "atr"}[k % 3];
            byte[] b = good.get(ext).clone();
            if (rng.nextInt(4) == 0) b = Arrays.copyOf(b, rng.nextInt(b.length + 1));
            else for (int m = 1 + rng.nextInt(3); m > 0 && b.length > 0; m--) b[rng.nextInt(b.length)] = (byte) garble.charAt(rng.nextInt(garble.length()));
            Files.write(dir.resolve(r.name() + "." + ext), b);
            try {
                WfdbReader.read(dir, r.name());
            } catch (InputException e) {
                assertTrue(e.where().startsWith(dir.toString()), e.getMessage());
            }
            Files.write(dir.resolve(r.name() + "." + ext), good.get(ext));
        }
    }
}
