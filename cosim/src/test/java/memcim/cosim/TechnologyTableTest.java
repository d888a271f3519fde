package memcim.cosim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import memcim.core.InputException;
import memcim.core.Json;
import memcim.cosim.energy.DigitalEnergy;
import memcim.cosim.energy.TechConstant;
import memcim.cosim.energy.TechnologyTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TechnologyTableTest {
    private final TechnologyTable tech = TechnologyTable.cmos130();
    @TempDir Path dir;

    @Test
    void tableReadFromJsonIsTheTableWritten() throws Exception {
        Path file = dir.resolve("tech.json");
        Json.writeFile(file, tech);
        assertEquals(tech, TechnologyTable.named(file.toString()));
        // a user's own value is the one the energy figures read
        Files.writeString(file, Files.readString(file).replaceFirst("\"value\" : 1.2\n", "\"value\" : 0.9\n"));
        assertEquals(0.9, TechnologyTable.load(file).get("supplyVolts"));
    }

    @Test
    void badTablesNameTheirFileAndConstant() throws Exception {
        Path file = dir.resolve("tech.json");
        Json.writeFile(file, new TechnologyTable("mine", List.of(new TechConstant("supplyVolts", 1.0, "V", "my process"))));
        InputException missing = assertThrows(InputException.class, () -> TechnologyTable.load(file));
        assertEquals(file + ": constants", missing.where());
        assertEquals("a constant 'cell.gate'", missing.expected());
        Json.writeFile(file, new TechnologyTable("mine", List.of(new TechConstant("supplyVolts", 1.0, "V", "my process"),
                new TechConstant("supplyVolts", 1.1, "V", "again"))));
        InputException twice = assertThrows(InputException.class, () -> TechnologyTable.load(file));
        assertEquals(file + ": constants[1].name", twice.where());
        Files.writeString(file, "{\"name\": \"mine\", \"constants\": [{\"name\": \"supplyVolts\", \"value\": 1, \"unit\": \"V\", "
                + "\"source\": \"x\", \"vlaue\": 2}]}");
        InputException key = assertThrows(InputException.class, () -> TechnologyTable.load(file));
        assertTrue(key.where().startsWith(file.toString()) && key.found().contains("vlaue"), key.getMessage());
    }

    @Test
    void everyConstantHasAUnitAndASource() {
        for (var k : tech.constants()) {
            assertFalse(k.unit().isBlank(), k.name());
            assertTrue(k.source().length() > 20, k.name() + " has no real source: " + k.source());
        }
        assertTrue(tech.describe().contains("cell.$_DFF_P_") || tech.describe().contains("cell.dff"));
    }

    @Test
    void flipFlopVariantsFallBackToTheirFamily() {
        assertEquals(tech.get("cell.dff"), tech.switchingJoules("$_DFFE_PP_"));
        assertEquals(tech.get("cell.dff"), tech.switchingJoules("$_SDFF_PP0_"));
        assertEquals(tech.get("cell.$_XOR_"), tech.switchingJoules("$_XOR_"));
        assertEquals(tech.get("cell.gate"), tech.switchingJoules("$_MUX4_"));
    }

    @Test
    void digitalEnergyIsCountsTimesActivityTimesCellEnergyPlusClockAndLeakage() {
        var d = DigitalEnergy.of(Map.of("$_AND_", 10, "$_DFF_P_", 4), 0.25, 100, 1e-6, tech);
        double expectSwitch = 10 * 0.25 * 100 * tech.get("cell.$_AND_") + 4 * 0.25 * 100 * tech.get("cell.dff");
        assertEquals(expectSwitch, d.switchingJoules(), 1e-25);
        assertEquals(4 * 100 * tech.get("clock.dffPerCycle"), d.clockJoules(), 1e-25);
        assertEquals((10 * tech.get("leak.gate") + 4 * tech.get("leak.dff")) * 1e-6, d.leakageJoules(), 1e-25);
        assertEquals(14, d.cells());
    }
}
