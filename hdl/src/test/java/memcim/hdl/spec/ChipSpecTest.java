package memcim.cosim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import memcim.core.InputException;
import memcim.core.Json;
import memcim.cosim.config.AdcConfig;
import memcim.cosim.config.ChipConfig;
import memcim.cosim.config.ClockConfig;
import memcim.cosim.config.ReadScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChipConfigTest {
    @TempDir Path dir;

    @Test
    void referenceChipHas75ArraysForFiftySamples() {
        ChipConfig ref = ChipConfig.reference();
        assertEquals(50, ref.network().samples());
        assertEquals(2, ref.layer2BlocksPerArray());
        assertEquals(75, ref.arrayCount());
        assertEquals(15, ref.withSamples(10).arrayCount());
        assertTrue(ref.describe().contains("75 of 32x32 1T1R"), ref.describe());
    }

    @Test
    void jsonRoundTripGivesTheSameRecordAndBytes() throws Exception {
        Path file = dir.resolve("chip.json");
        Json.writeFile(file, ChipConfig.reference());
        ChipConfig back = ChipConfig.load(file);
        assertEquals(ChipConfig.reference(), back);
        assertEquals(Files.readString(file), Json.write(back));
    }

    @Test
    void badValueIsNamedWithItsRangeAndValue() {
        ChipConfig r = ChipConfig.reference();
        ChipConfig bad = new ChipConfig(r.name(), r.network(), r.array(), r.read(),
                new AdcConfig(1, "transimpedance", 1e-4, 1, 1e4, 1e3, 1e-15, 1e3, 2), r.clock(), r.technology(), r.deviceCard(), 1);
        InputException e = assertThrows(InputException.class, () -> bad.validate("chip.json"));
        assertEquals("chip.json: adc.bits", e.where());
        assertEquals("a number in [2, 12]", e.expected());
        assertEquals("1", e.found());
    }

    @Test
    void unknownFrontEndAndReadVoltageAndClockAreRejected() {
        ChipConfig r = ChipConfig.reference();
        var e1 = assertThrows(InputException.class, () -> new ChipConfig(r.name(), r.network(), r.array(), r.read(),
                new AdcConfig(6, "flash", 1e-4, 1, 1e4, 1e3, 1e-15, 1e3, 2), r.clock(), "cmos130", "hfox", 1).validate("x"));
        assertEquals("x: adc.frontEnd", e1.where());
        assertEquals("'flash'", e1.found());
        var e2 = assertThrows(InputException.class, () -> new ChipConfig(r.name(), r.network(), r.array(),
                new ReadScheme(1.5, "ground"), r.adc(), r.clock(), "cmos130", "hfox", 1).validate("x"));
        assertEquals("x: read.vReadVolts", e2.where());
        var e3 = assertThrows(InputException.class, () -> new ChipConfig(r.name(), r.network(), r.array(), r.read(),
                r.adc(), new ClockConfig(0), "cmos130", "hfox", 1).validate("x"));
        assertEquals("x: clock.frequencyHertz", e3.where());
    }

    @Test
    void layerThatDoesNotFitTheArrayIsRejected() {
        ChipConfig r = ChipConfig.reference();
        var net = new memcim.cosim.config.NetworkShape(64, 16, 9, 3, 3, 50);
        var e = assertThrows(InputException.class, () -> new ChipConfig(r.name(), net, r.array(), r.read(), r.adc(),
                r.clock(), "cmos130", "hfox", 1).validate("x"));
        assertEquals("x: network.inputs", e.where());
        assertEquals("at most 32 (array.rows)", e.expected());
    }

    @Test
    void misspeltKeyInFileIsAnInputErrorNamingTheKey() throws Exception {
        Path file = dir.resolve("chip.json");
        Files.writeString(file, Json.write(ChipConfig.reference()).replace("\"seed\"", "\"sede\""));
        var e = assertThrows(InputException.class, () -> ChipConfig.load(file));
        assertEquals(file + ": sede", e.where());
        assertEquals("unknown key 'sede'", e.found());
    }
}
