package memcim.spice;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a {@link SpiceJob} returns: the final plot's name and the requested vectors, real ones as
 * arrays and complex ones as {@code [n][2]} re/im, plus ngspice's warnings.
 */
public record SpiceResult(String plot, Map<String, double[]> real, Map<String, double[][]> complex, List<String> warnings) {

    public SpiceResult {
        real = new TreeMap<>(real);
        complex = new TreeMap<>(complex);
        warnings = List.copyOf(warnings);
    }

    /** A real vector of the result; an error naming what there is if absent. */
    public double[] realVector(String name) {
        double[] v = real.get(name);
        if (v == null) throw new SpiceException("no real vector '" + name + "' in the result; it has " + real.keySet()
                + (complex.isEmpty() ? "" : " and complex " + complex.keySet()));
        return v.clone();
    }

    public double[][] complexVector(String name) {
        double[][] v = complex.get(name);
        if (v == null) throw new SpiceException("no complex vector '" + name + "' in the result; it has " + complex.keySet());
        return v;
    }
}
