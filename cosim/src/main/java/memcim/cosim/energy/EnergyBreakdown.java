package memcim.cosim.energy;

import java.util.List;

/**
 * Energy per inference, broken down; the MAC-only figure (what the published 0.7–2.5 nJ estimate covers:
 * the arrays' multiply-accumulate) and the full chip (with drivers, sensing/ADC and digital periphery).
 */
public record EnergyBreakdown(List<EnergyItem> items, double latencySeconds) {

    public double macOnlyJoules() {
        return items.stream().filter(EnergyItem::macOnly).mapToDouble(EnergyItem::joulesPerInference).sum();
    }

    public double fullChipJoules() {
        return items.stream().mapToDouble(EnergyItem::joulesPerInference).sum();
    }
}
