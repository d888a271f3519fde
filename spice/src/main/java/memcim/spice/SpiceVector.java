package memcim.spice;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Arrays;

/**
 * One vector copied out of ngspice: real, or complex stored as interleaved re/im pairs.
 * {@code type} is ngspice's {@code v_type} (0 none, 1 time, 2 frequency, 3 voltage, 4 current, ...).
 */
public record SpiceVector(String name, int type, double[] real, double[] interleavedComplex) {

    @JsonIgnore // derived from the components: not a part of the vector's JSON (worker replies)
    public boolean isComplex() { return real == null; }

    public int length() { return isComplex() ? interleavedComplex.length / 2 : real.length; }

    /** Real values; for a complex vector, an error (use {@link #complex()}). */
    public double[] realValues() {
        if (isComplex()) throw new SpiceException("vector '" + name + "' is complex: read it with complexVector");
        return real.clone();
    }

    /** {@code [n][2]} re/im; a real vector has zero imaginary parts. */
    public double[][] complex() {
        int n = length();
        double[][] out = new double[n][2];
        for (int i = 0; i < n; i++) {
            out[i][0] = isComplex() ? interleavedComplex[2 * i] : real[i];
            out[i][1] = isComplex() ? interleavedComplex[2 * i + 1] : 0.0;
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpiceVector v && v.name.equals(name) && v.type == type
                && Arrays.equals(v.real, real) && Arrays.equals(v.interleavedComplex, interleavedComplex);
    }

    @Override
    public int hashCode() { return name.hashCode() * 31 + Arrays.hashCode(real) + Arrays.hashCode(interleavedComplex); }

    @Override
    public String toString() { return "SpiceVector[" + name + ", " + length() + (isComplex() ? " complex]" : " real]"); }
}
