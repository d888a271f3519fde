package memcim.cosim.energy;

import java.util.Map;
import java.util.TreeMap;

/**
 * Energy of the synthesized digital periphery: yosys generic-cell counts × toggle activity measured in the
 * cycle simulation × per-cell switching energy, plus the flip-flops' clock energy and every cell's leakage
 * over the run time. The activity factor is the simulated fraction of signal bits that changed per cycle,
 * applied to every cell output (the simulator sees the RTL's registers and wires, not the gate netlist).
 */
public record DigitalEnergy(Map<String, Integer> cellCounts, double activityPerCycle, long cycles,
                            double seconds, double switchingJoules, double clockJoules, double leakageJoules) {

    public static DigitalEnergy of(Map<String, Integer> cellCounts, double activityPerCycle, long cycles,
                                   double seconds, TechnologyTable tech) {
        double switching = 0;
        double clock = 0;
        double leakage = 0;
        for (Map.Entry<String, Integer> e : new TreeMap<>(cellCounts).entrySet()) {
            String cell = e.getKey();
            int count = e.getValue();
            switching += count * activityPerCycle * cycles * tech.switchingJoules(cell);
            if (TechnologyTable.isFlipFlop(cell)) clock += count * cycles * tech.get("clock.dffPerCycle");
            leakage += count * tech.leakageWatts(cell) * seconds;
        }
        return new DigitalEnergy(new TreeMap<>(cellCounts), activityPerCycle, cycles, seconds, switching, clock, leakage);
    }

    public double totalJoules() { return switchingJoules + clockJoules + leakageJoules; }

    public int cells() { return cellCounts.values().stream().mapToInt(Integer::intValue).sum(); }
}
