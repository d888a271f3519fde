package memcim.cosim.energy;

import java.util.List;
import java.util.Locale;

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

    /** Human-readable table with the published comparisons and ratios. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        for (EnergyItem i : items) {
            out.append(String.format(Locale.ROOT, "  %-22s %12s  %s%s%n", i.name(), Units.joules(i.joulesPerInference()),
                    i.macOnly() ? "[MAC] " : "", i.method()));
        }
        out.append(String.format(Locale.ROOT, "  %-22s %12s  (published estimate 0.7-2.5 nJ, MAC only)%n", "MAC only",
                Units.joules(macOnlyJoules())));
        out.append(String.format(Locale.ROOT, "  %-22s %12s%n", "full chip", Units.joules(fullChipJoules())));
        for (PublishedFigure p : PublishedFigure.ALL) {
            out.append(String.format(Locale.ROOT, "  %-22s %12s  full chip uses %.3g x less%n", p.label(),
                    Units.joules(p.joules()), p.joules() / fullChipJoules()));
        }
        out.append(String.format(Locale.ROOT, "  %-22s %12s%n", "latency", Units.seconds(latencySeconds)));
        return out.toString();
    }
}
