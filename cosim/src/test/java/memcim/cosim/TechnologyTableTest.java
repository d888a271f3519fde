package memcim.cosim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import memcim.cosim.energy.DigitalEnergy;
import memcim.cosim.energy.TechnologyTable;
import org.junit.jupiter.api.Test;

class TechnologyTableTest {
    private final TechnologyTable tech = TechnologyTable.cmos130();

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
