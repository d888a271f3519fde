package memcim.spice;

import java.util.List;
import java.util.Locale;

/**
 * One plot of a simulation, as ngspice keeps it and writes it to raw files: its name ("tran1"),
 * what ngspice calls it ("Transient Analysis"), the deck title, ngspice's date, and its vectors with
 * the scale (time, frequency, the swept source) first. Names are the raw file's ({@code v(out)},
 * {@code i(v1)}, {@code @m1[cgs]}).
 *
 * @param name     ngspice's plot name, e.g. "tran1", "ac2", "dc1"
 * @param plotname ngspice's description of the analysis, e.g. "AC Analysis"
 */
public record SpicePlot(String name, String plotname, String title, String date, List<SpiceVector> vectors) {

    public SpicePlot {
        vectors = List.copyOf(vectors);
        if (vectors.isEmpty()) throw new SpiceException("plot " + name + " has no vectors");
    }

    /** The analysis, as the plot name's prefix: "tran", "ac", "dc", "op", "noise", "pz", "sens", "tf", ... */
    public String type() {
        return name.replaceFirst("\\d+$", "");
    }

    /** The scale vector: the first one, as ngspice writes it. */
    public SpiceVector scale() { return vectors.get(0); }

    /**
     * The vector called {@code wanted} as ngspice's raw files name it, or as ngspice's own commands
     * do ({@code out} for {@code v(out)}, {@code v1#branch} for {@code i(v1)}); null if absent.
     */
    public SpiceVector find(String wanted) {
        String w = wanted.strip().toLowerCase(Locale.ROOT);
        for (String candidate : List.of(w, "v(" + w + ")", w.endsWith("#branch") ? "i(" + w.substring(0, w.length() - 7) + ")" : w)) {
            for (SpiceVector v : vectors) if (v.name().toLowerCase(Locale.ROOT).equals(candidate)) return v;
        }
        return null;
    }

    SpicePlot named(String newName) { return new SpicePlot(newName, plotname, title, date, vectors); }
}
