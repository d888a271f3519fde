package memcim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import memcim.bnn.flow.ChipBuild;
import memcim.bnn.flow.ModelDir;
import memcim.core.Json;
import memcim.hdl.periphery.ChipDigital;
import memcim.hdl.spec.ChipSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code memcim hdl}: the Verilog of the cosim chip's periphery (reference by default, a JSON file, a trained model). */
class HdlCommandTest {
    @TempDir Path dir;

    private static String top(memcim.hdl.periphery.PeripheryConfig c) { return new ChipDigital(c).name(); }

    @Test
    void defaultIsTheReferenceChipAndLintsClean() {
        Path out = dir.resolve("v");
        CliRun r = CliRun.memcim("hdl", "--out", out.toString(), "--lint");
        assertEquals(0, r.code(), r.out() + r.err());
        ChipSpec reference = ChipSpec.reference();
        String top = top(reference.periphery());
        assertTrue(top.contains("_m" + reference.network().samples() + "_") && top.contains("_adc" + reference.adc().bits() + "_"), top);
        assertTrue(r.out().contains("top " + top), r.out());
        assertTrue(r.out().contains("verilator --lint-only -Wall: clean"), r.out());
        assertTrue(Files.exists(out.resolve(top + ".v")), top);
    }

    @Test
    void chipFileSetsShapeSamplesAndAdc() throws Exception {
        ChipSpec ref = ChipSpec.reference();
        ChipSpec small = ref.withSamples(4).withAdc(ref.adc().withBits(9));
        Path file = dir.resolve("chip.json");
        Files.writeString(file, Json.write(small));
        CliRun r = CliRun.memcim("hdl", "--chip", file.toString(), "--out", dir.resolve("v").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("top chip_digital_n32_h16_c9_m4_b3_adc9_"), r.out());
        CliRun over = CliRun.memcim("hdl", "--chip", file.toString(), "--samples", "7", "--adc-bits", "8", "--out", dir.resolve("w").toString());
        assertEquals(0, over.code(), over.err());
        assertTrue(over.out().contains("top chip_digital_n32_h16_c9_m7_b3_adc8_"), over.out());
    }

    @Test
    void modelCalibratesTheScalingsAsTheDemoDoes() {
        Path set = dir.resolve("set"), model = dir.resolve("model");
        assertEquals(0, CliRun.memcim("data", "ecg", "--beats", "270", "--seed", "3", "--out", set.toString()).code());
        assertEquals(0, CliRun.memcim("train", "--data", set.toString(), "--epochs", "3", "--seed", "3", "--out", model.toString()).code());
        CliRun r = CliRun.memcim("hdl", "--model", model.toString(), "--out", dir.resolve("v").toString());
        assertEquals(0, r.code(), r.err());
        String calibrated = top(ChipBuild.of(ChipSpec.reference(), ModelDir.read(model)).digitalConfig());
        assertNotEquals(top(ChipSpec.reference().periphery()), calibrated, "the model must change the scalings, else this test cannot fail");
        assertTrue(r.out().contains("top " + calibrated), r.out() + " vs " + calibrated);
        assertTrue(r.out().contains("calibrated to " + model), r.out());
    }

    @Test
    void missingModelIsABadInput() {
        CliRun r = CliRun.memcim("hdl", "--model", dir.resolve("none").toString(), "--out", dir.resolve("v").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--model"), r.err());
    }

    @Test
    void badVcdCyclesIsRejectedBeforeAnyFileIsWritten() {
        Path out = dir.resolve("v");
        CliRun r = CliRun.memcim("hdl", "--out", out.toString(), "--vcd", dir.resolve("x.vcd").toString(), "--vcd-cycles", "0");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--vcd-cycles") && r.err().contains("found 0"), r.err());
        assertFalse(Files.exists(out), "nothing written on bad input");
    }

    @Test
    void benchHdlNamesTheBadOption() {
        CliRun samples = CliRun.memcim("bench", "hdl", "--cycles", "10", "--samples", "0");
        assertEquals(2, samples.code());
        assertTrue(samples.err().contains("--samples") && samples.err().contains("1 to 255"), samples.err());
        CliRun seed = CliRun.memcim("bench", "hdl", "--cycles", "10", "--seed", "0");
        assertEquals(2, seed.code());
        assertTrue(seed.err().contains("--seed") && seed.err().contains("1 to 4294967295"), seed.err());
    }
}
