package memcim.cosim;

import static org.junit.jupiter.api.Assertions.*;

import java.util.LinkedHashMap;
import java.util.Map;
import memcim.cosim.energy.AnalogMeasurement;
import memcim.cosim.energy.DigitalEnergy;
import memcim.cosim.energy.EnergyBreakdown;
import memcim.cosim.energy.EnergyItem;
import memcim.cosim.energy.EnergyModel;
import memcim.cosim.energy.TechnologyTable;
import memcim.hdl.periphery.Timing;
import memcim.hdl.spec.AdcSpec;
import memcim.hdl.spec.ArraySpec;
import memcim.hdl.spec.CellKind;
import memcim.hdl.spec.CellModel;
import memcim.hdl.spec.ChipSpec;
import memcim.hdl.spec.ClockSpec;
import memcim.hdl.spec.DigitalSpec;
import memcim.hdl.spec.FrontEnd;
import memcim.hdl.spec.NetworkSpec;
import memcim.hdl.spec.ReadSpec;
import memcim.hdl.spec.UnselectedLines;
import memcim.hdl.spec.WireModel;
import org.junit.jupiter.api.Test;

/**
 * The energy model on a 2×2 chip (a 2 → 1 → 1 network, one sample, a 4-bit ADC, 100 MHz) whose every item was
 * worked out by hand from the inputs below; the arithmetic is written out next to each expected value.
 */
class EnergyModelGoldenTest {
    // 100 MHz: 10 ns per cycle. Timing: ADC 5 cycles (4 bits + 1), 3 bit phases, softmax 10, uncertainty 4,
    // 2 neurons (1 hidden + 1 output), 1 sample.
    //   read = 1 + 5 = 6 cycles = 60 ns per conversion; phase = 2·6 + 1 = 13; neuron = 1 + 3·13 + 1 = 41;
    //   sample = 2·41 + 1 + 10 = 93; inference = 1 + 93 + 1 + 4 + 1 = 100 cycles = 1 µs.
    static final Timing TIMING = new Timing(5, 3, 10, 4, 2, 1);
    // conversions = 2 neurons · 3 phases · 2 (G⁺ and G⁻) = 12; each converted column 1 µA, the other column 1 µA too
    static final double CONVERSIONS = 12, SELECTED_AMPS = 12e-6, ARRAY_AMPS = 24e-6;

    /**
     * Not validated: the hdl controller counts at least 2 hidden neurons, which with 2 cells per weight needs 4
     * columns; the energy model reads only the numbers below, so a 2×2 array keeps every product small enough to
     * check by hand.
     */
    static ChipSpec chip() {
        return new ChipSpec("golden-2x2",
                new NetworkSpec(2, 1, 1, 3, 1),
                new ArraySpec(2, 2, CellKind.ONE_T_ONE_R, 0.25, 1e-15, 1.2, 0.5e-15, WireModel.LUMPED, CellModel.CHORD),
                new ReadSpec(0.1, UnselectedLines.GROUND),
                new AdcSpec(4, FrontEnd.TRANSIMPEDANCE, 10e-6, 1.0, 1e4, 1e3, 1e-15, 1e3),
                new ClockSpec(100e6),
                new DigitalSpec(6, 4, 250),
                "cmos130", "hfox-1t1r", 1L);
    }

    static DigitalEnergy digital(TechnologyTable tech) {
        Map<String, Integer> cells = new LinkedHashMap<>();
        cells.put("$_AND_", 10);
        cells.put("$_DFF_P_", 4);
        return DigitalEnergy.of(cells, 0.5, 100, 1e-6, tech);
    }

    static double item(EnergyBreakdown b, String name) {
        return b.items().stream().filter(i -> i.name().equals(name)).mapToDouble(EnergyItem::joulesPerInference)
                .findFirst().orElseThrow(() -> new AssertionError("no item " + name));
    }

    static void close(double expected, double actual, String what) {
        assertEquals(expected, actual, Math.abs(expected) * 1e-12, what);
    }

    @Test
    void everyItemOfTheCapacitanceEstimateAsWorkedOutByHand() {
        TechnologyTable tech = TechnologyTable.cmos130();
        EnergyBreakdown b = EnergyModel.of(chip(), TIMING, tech, CONVERSIONS, SELECTED_AMPS, ARRAY_AMPS, null, digital(tech));
        assertEquals(10, b.items().size());
        close(7.2e-14, item(b, "MAC (read columns)"), "0.1 V · 12 µA · 60 ns");
        close(1.2e-16, item(b, "MAC (line charging)"), "12/2 conversions · 2/2 rows · 1 fF · 2 columns · (0.1 V)²");
        close(7.2e-14, item(b, "idle columns"), "0.1 V · (24 − 12) µA · 60 ns");
        close(2.16e-14, item(b, "word-line drivers"), "12/2 · 0.5 fF · 2·2 cells · (1.2 V)² = 17.28 fJ, / 0.8");
        close(1.0368e-11, item(b, "front ends"), "1.2 V · (5 µA · 2 columns · 12 · 60 ns + 24 µA · 60 ns)");
        close(2.4e-12, item(b, "ADC comparator"), "12 conversions · 4 decisions · 50 fJ");
        close(9.6e-14, item(b, "ADC C-DAC"), "12 · 1 fF · 2⁴ · (1 V)² / 2");
        close(6.71e-12, item(b, "digital switching"), "10 · 0.5 · 100 · 6.5 fJ + 4 · 0.5 · 100 · 17.3 fJ");
        close(3.44e-12, item(b, "digital clock"), "4 flip-flops · 100 cycles · 8.6 fJ");
        close(5.2e-16, item(b, "digital leakage"), "(10 · 20 pW + 4 · 80 pW) · 1 µs");
        close(7.212e-14, b.macOnlyJoules(), "read columns + line charging");
        close(2.318024e-11, b.fullChipJoules(), "the sum of the ten figures above");
        close(1e-6, b.latencySeconds(), "100 cycles · 10 ns");
    }

    @Test
    void lockStepMeasurementsReplaceTheCapacitanceEstimates() {
        TechnologyTable tech = TechnologyTable.cmos130();
        // 4 measured conversions: rows 20 fJ of which 12 fJ DC conduction, word line 8 fJ, C-DAC 40 fJ
        AnalogMeasurement lockstep = new AnalogMeasurement(4, 20e-15, 12e-15, 8e-15, 40e-15);
        EnergyBreakdown b = EnergyModel.of(chip(), TIMING, tech, CONVERSIONS, SELECTED_AMPS, ARRAY_AMPS, lockstep, digital(tech));
        close(2.4e-14, item(b, "MAC (line charging)"), "(20 − 12) fJ / 4 per conversion · 12");
        close(3e-14, item(b, "word-line drivers"), "8 fJ / 4 · 12 = 24 fJ, / 0.8");
        close(1.2e-13, item(b, "ADC C-DAC"), "40 fJ / 4 · 12");
        close(7.2e-14, item(b, "MAC (read columns)"), "unchanged: 0.1 V · 12 µA · 60 ns");
    }
}
