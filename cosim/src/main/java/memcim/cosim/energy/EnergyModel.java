package memcim.cosim.energy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import memcim.hdl.periphery.Timing;
import memcim.hdl.spec.ChipSpec;
import memcim.report.Units;

/**
 * Energy per inference from what the co-simulation counted: conversions and the column currents they read (from
 * the simulated arrays), the lock-step transients' integrated source energies, the synthesized digital periphery
 * with its simulated activity, and the technology table for what SPICE's ideal elements do not draw.
 */
public final class EnergyModel {
    private EnergyModel() {}

    /**
     * @param conversionsPerInference ADC conversions of one inference
     * @param selectedAmpsPerInference Σ over those conversions of the converted column's current
     * @param arrayAmpsPerInference    Σ over those conversions of all the read array's column currents
     * @param lockstep                 transient measurements, or null (then capacitances give C·V² estimates)
     * @param digital                  the digital periphery's energy for one inference
     * @param timing                   the digital periphery's timing: read time per conversion, latency
     */
    public static EnergyBreakdown of(ChipSpec chip, Timing timing, TechnologyTable tech, double conversionsPerInference,
                                     double selectedAmpsPerInference, double arrayAmpsPerInference,
                                     AnalogMeasurement lockstep, DigitalEnergy digital) {
        double t = chip.clockPeriodSeconds();
        double vRead = chip.read().vReadVolts();
        double vdd = tech.get("supplyVolts");
        // the word lines are driven, and the columns conduct, while a conversion runs
        double tConv = timing.readCycles() * t;
        int cols = chip.array().columns(), rows = chip.array().rows();
        List<EnergyItem> items = new ArrayList<>();
        items.add(new EnergyItem("MAC (read columns)", vRead * selectedAmpsPerInference * tConv, true,
                "V_read x current of each converted column (simulated arrays) x its read time "
                        + Units.seconds(tConv)));
        double charging;
        double wordLine;
        double dac;
        String how;
        if (lockstep != null) {
            charging = lockstep.chargingJoulesPerConversion() * conversionsPerInference;
            wordLine = lockstep.wordLineJoulesPerConversion() * conversionsPerInference;
            dac = lockstep.dacJoulesPerConversion() * conversionsPerInference;
            how = "ngspice lock-step transients, " + lockstep.conversions() + " conversions, integrated source power";
        } else {
            // a read phase charges each driven row and the word lines once; estimate half the rows driven
            charging = conversionsPerInference / 2.0 * rows / 2.0 * chip.array().wireSegmentFarads() * cols * vRead * vRead;
            wordLine = conversionsPerInference / 2.0 * chip.array().gateFarads() * rows * cols
                    * chip.array().gateVolts() * chip.array().gateVolts();
            dac = conversionsPerInference * chip.adc().dacUnitFarads() * (1 << chip.adc().bits())
                    * chip.adc().vRefVolts() * chip.adc().vRefVolts() / 2;
            how = "C*V^2 estimate from the deck's capacitances (no lock-step run)";
        }
        items.add(new EnergyItem("MAC (line charging)", charging, true, how));
        items.add(new EnergyItem("idle columns", vRead * (arrayAmpsPerInference - selectedAmpsPerInference) * tConv, false,
                "the other bit lines of the read array, also held at virtual ground, conduct during each conversion "
                        + "(simulated currents); a per-column sample-and-hold or floating unselected bit lines would remove it"));
        items.add(new EnergyItem("word-line drivers", wordLine / tech.get("driver.efficiency"), false,
                how + "; / driver efficiency"));
        items.add(new EnergyItem("front ends", vdd * (tech.get("frontEnd.biasAmps") * cols * conversionsPerInference * tConv
                + arrayAmpsPerInference * tConv), false,
                "VDD x (OTA bias x columns + the column currents the outputs sink) x read time"));
        items.add(new EnergyItem("ADC comparator", conversionsPerInference * chip.adc().bits()
                * tech.get("comparator.joulesPerDecision"), false, "decisions x technology table"));
        items.add(new EnergyItem("ADC C-DAC", dac, false, how));
        items.add(new EnergyItem("digital switching", digital.switchingJoules(), false, String.format(Locale.ROOT,
                "%d yosys cells x simulated activity %.4f x %.0f cycles x per-cell energy", digital.cells(),
                digital.activityPerCycle(), (double) digital.cycles())));
        items.add(new EnergyItem("digital clock", digital.clockJoules(), false, "flip-flops x cycles x clock energy"));
        items.add(new EnergyItem("digital leakage", digital.leakageJoules(), false, "cells x leakage x latency"));
        return new EnergyBreakdown(items, timing.inferenceCycles() * t);
    }
}
