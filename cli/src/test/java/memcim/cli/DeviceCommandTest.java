package memcim.cli;

import static memcim.cli.CliRun.memcim;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import memcim.core.Generator;
import memcim.device.DevicePresets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code memcim device ...}: cards shown and checked, domains written, draws reproducible by seed. */
class DeviceCommandTest {
    @TempDir Path dir;

    @Test
    void showPrintsTheCanonicalJsonWithOverrides() {
        CliRun r = memcim("device", "show", "pcm", "--set", "drift.nuSigma.max=0.04");
        assertEquals(0, r.code(), r.err());
        assertEquals(DevicePresets.load("pcm", java.util.Map.of("drift.nuSigma.max", "0.04")).toJson(), r.out());
        assertTrue(r.out().contains("\"law\" : \"power-by-conductance\""), r.out());
    }

    @Test
    void checkOfABadCardIsOneLineNamingFileAndFieldWithExitCode2() throws Exception {
        Path card = dir.resolve("card.json");
        Files.writeString(card, DevicePresets.load("hfox-1t1r").toJson().replaceFirst("\"sigmaSiemens\" : 3\\.0E-6", "\"sigmaSiemens\" : -1e-6"));
        CliRun r = memcim("device", "check", card.toString());
        assertEquals(2, r.code());
        assertEquals("memcim device check: error: " + card + ": programmingPoints[3].sigmaSiemens: expected > 0, found -1e-6",
                r.err().strip());
        Files.writeString(card, DevicePresets.load("hfox-1t1r").toJson());
        CliRun ok = memcim("device", "check", card.toString());
        assertEquals(0, ok.code(), ok.err());
        assertEquals("ok: hfox-1t1r, ONE_T_ONE_R, 10 programming points; programming one-set, drift decade, read noise white, "
                + "pulses none, dynamics none (illustrative)", ok.out().strip());
    }

    @Test
    void listNamesEveryPresetWithItsStagesAndWhetherItIsIllustrative() {
        CliRun r = memcim("device", "list");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(DevicePresets.names().size(), lines.size());
        assertTrue(lines.get(1).startsWith("pcm          ONE_T_ONE_R, 8 points"), lines.get(1));
        assertTrue(lines.get(2).contains("pulses nonlinear-bounded"), lines.get(2));
        assertTrue(lines.get(3).contains("dynamics diffusion-drift"), lines.get(3));
        for (String line : lines) assertTrue(line.endsWith(" (illustrative)"), line);
    }

    @Test
    void domainIsWrittenWithAHeaderAndOnePointPerPair() throws Exception {
        Path csv = dir.resolve("domain.csv");
        CliRun r = memcim("device", "domain", "hfox-1t1r", "-n", "4", "-o", csv.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).startsWith("# " + Generator.id() + ": feasible domain of card hfox-1t1r, pair"), lines.get(0));
        assertEquals("muSiemens,sigmaSiemens,complianceAmpsPlus,complianceAmpsMinus", lines.get(1));
        assertEquals(2 + 16, lines.size());
    }

    @Test
    void drawsAreReproducibleBySeed() {
        CliRun a = memcim("device", "draw", "pcm", "--draws", "500", "--seed", "3");
        CliRun b = memcim("device", "draw", "pcm", "--draws", "500", "--seed", "3");
        CliRun c = memcim("device", "draw", "pcm", "--draws", "500", "--seed", "4");
        assertEquals(0, a.code(), a.err());
        assertEquals(a.out(), b.out());
        assertNotEquals(a.out(), c.out());
        assertEquals(2 + 8, a.out().lines().count());
    }
}
