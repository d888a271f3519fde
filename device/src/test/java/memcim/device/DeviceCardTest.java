package memcim.device;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceCardTest {
    @TempDir Path dir;

    @Test
    void presetsLoadAndSayTheyAreIllustrative() {
        assertEquals(List.of("hfox-1t1r", "pcm", "rram-pulsed", "ddk-dynamic"), DevicePresets.names());
        for (String name : DevicePresets.names()) {
            DeviceCard c = DevicePresets.load(name);
            assertEquals(name, c.name());
            assertTrue(c.illustrative());
            assertTrue(c.description().contains("ILLUSTRATIVE"), c.description());
            assertFalse(c.sources().isEmpty(), name + " names its sources");
            assertTrue(c.programmingPoints().size() >= 8);
        }
    }

    @Test
    void hfoxSigmaFallsAsMedianRisesAndCoversThePublishedRanges() {
        DeviceCard c = DevicePresets.load("hfox-1t1r");
        List<ProgrammingPoint> p = c.programmingPoints();
        for (int i = 1; i < p.size(); i++) assertTrue(p.get(i).sigmaSiemens() < p.get(i - 1).sigmaSiemens(), "point " + i);
        assertEquals(10e-6, p.get(0).complianceAmps(), 1e-9);
        assertEquals(200e-6, p.get(p.size() - 1).complianceAmps(), 1e-9);
        assertTrue(p.get(0).medianSiemens() >= 9e-6 && p.get(p.size() - 1).medianSiemens() <= 130e-6);
    }

    @Test
    void pcmPointsCarryThePublishedProgrammingSigmaAndCiteTheirSource() {
        DeviceCard c = DevicePresets.load("pcm");
        // σ_prog = 0.26348 + 1.9650 x − 1.1731 x² µS, x = G/25 µS (Nandakumar et al. 2019), at each point's median
        double[] publishedMicro = {0.340203, 0.448249, 0.579172, 0.772155, 0.936398, 1.040578, 1.084696, 1.05538};
        List<ProgrammingPoint> p = c.programmingPoints();
        assertEquals(publishedMicro.length, p.size());
        for (int i = 0; i < p.size(); i++) assertEquals(publishedMicro[i] * 1e-6, p.get(i).sigmaSiemens(), 1e-13, "point " + i);
        assertEquals("power-by-conductance", c.drift().law());
        assertEquals("one-over-f", c.readNoise().law());
        assertEquals("polynomial", c.programming().law());
        assertTrue(c.sources().get(0).contains("Nandakumar") && c.sources().get(0).contains("ICECS"), c.sources().toString());
    }

    @Test
    void jsonRoundTripIsByteIdentical() {
        for (String name : DevicePresets.names()) {
            DeviceCard c = DevicePresets.load(name);
            String json = c.toJson();
            DeviceCard back = DeviceCard.parse(json, "round-trip");
            assertEquals(c, back);
            assertEquals(json, back.toJson());
            assertEquals(json, back.toString());
        }
    }

    @Test
    void fileRoundTripIsByteIdenticalIncludingALinearCell() throws Exception {
        DeviceCard c = DevicePresets.load("hfox-1t1r", Map.of("nonlinearityVolts", "Infinity"));
        assertEquals(Double.POSITIVE_INFINITY, c.nonlinearityVolts());
        Path f = dir.resolve("card.json");
        c.save(f);
        DeviceCard back = DeviceCard.load(f);
        assertEquals(c, back);
        Path g = dir.resolve("again.json");
        back.save(g);
        assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(g));
    }

    @Test
    void javaSerialisationRoundTrips() throws Exception {
        DeviceCard c = DevicePresets.load("pcm");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(c);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(c, in.readObject());
        }
    }

    @Test
    void cardIsImmutable() {
        DeviceCard c = DevicePresets.load("pcm");
        assertThrows(UnsupportedOperationException.class, () -> c.programmingPoints().clear());
        assertThrows(UnsupportedOperationException.class, () -> c.compactModel().put("x", 1.0));
    }

    @Test
    void csvOfPointsRoundTripsExactly() throws Exception {
        DeviceCard c = DevicePresets.load("hfox-1t1r");
        Path csv = dir.resolve("points.csv");
        PointsCsv.write(csv, c.programmingPoints());
        assertTrue(Files.readString(csv).startsWith("# programming points, written by memcim"));
        assertEquals(c.programmingPoints(), PointsCsv.read(csv));
    }

    @Test
    void aJsonCardMayNameItsPointsCsv() throws Exception {
        DeviceCard c = DevicePresets.load("hfox-1t1r");
        PointsCsv.write(dir.resolve("points.csv"), c.programmingPoints());
        String json = c.toJson().replaceFirst("(?s)\"programmingPoints\" : \\[.*?\\]", "\"programmingPoints\" : \"points.csv\"");
        assertTrue(json.contains("\"points.csv\""));
        Path f = dir.resolve("card.json");
        Files.writeString(f, json);
        assertEquals(c, DeviceCard.load(f));
    }

    @Test
    void csvCardTakesEverythingElseFromItsBasePreset() throws Exception {
        Path csv = dir.resolve("mine.csv");
        Files.writeString(csv, "# base: pcm\n# name: mine\n# measurementSeconds: 30\n" + PointsCsv.SUMMARY_HEADER + "\n"
                + "1e-4,1.3,5e-6,1e-6\n2e-4,1.5,10e-6,1.5e-6\n");
        DeviceCard c = DeviceCard.load(csv);
        assertEquals("mine", c.name());
        assertEquals(30.0, c.measurementSeconds());
        assertEquals(2, c.programmingPoints().size());
        assertEquals(DevicePresets.load("pcm").drift(), c.drift());
    }

    @Test
    void rawCsvIsSummarisedIntoMedianAndSampleSigma() throws Exception {
        Path csv = dir.resolve("raw.csv");
        Files.writeString(csv, PointsCsv.RAW_HEADER + "\n"
                + "2e-5,1.4,10e-6\n2e-5,1.4,12e-6\n2e-5,1.4,20e-6\n"
                + "1e-5,1.3,4e-6\n1e-5,1.3,5e-6\n1e-5,1.3,6e-6\n1e-5,1.3,9e-6\n");
        List<ProgrammingPoint> p = PointsCsv.read(csv);
        assertEquals(2, p.size());
        assertEquals(1e-5, p.get(0).complianceAmps());
        assertEquals(5.5e-6, p.get(0).medianSiemens(), 1e-18);
        // sample sd of 4,5,6,9 µS: mean 6, squares 4+1+0+9 = 14, /3
        assertEquals(Math.sqrt(14.0 / 3) * 1e-6, p.get(0).sigmaSiemens(), 1e-15);
        assertEquals(12e-6, p.get(1).medianSiemens(), 1e-18);
    }

    @Test
    void overridesReplaceLeavesAndAreValidated() {
        DeviceCard c = DevicePresets.load("hfox-1t1r", Map.of("readNoise.relativeSigma", "0.02",
                "programmingPoints[3].sigmaSiemens", "2.95e-6", "programVerify.maxTries", "5"));
        assertEquals(new WhiteReadNoise(0.02, 0), c.readNoise());
        assertEquals(2.95e-6, c.programmingPoints().get(3).sigmaSiemens());
        assertEquals(5, c.programVerify().maxTries());
    }
}
