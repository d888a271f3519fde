package memcim.netlist;

import java.util.List;

/** What an independent source delivers: a DC value (with an optional AC magnitude), a PWL waveform, or EXTERNAL. */
public sealed interface SourceValue {
    /** The part of the card after the two nodes. */
    String text();

    static SourceValue dc(double value) { return new Dc(Value.of(value), 0); }

    /** A DC value given by a (subcircuit) parameter, e.g. {@code {s0}}. */
    static SourceValue dc(Value value) { return new Dc(value, 0); }

    /** A DC value and an AC magnitude for {@code .ac}. */
    static SourceValue dcAc(double value, double acMagnitude) { return new Dc(Value.of(value), acMagnitude); }

    record Dc(Value value, double acMagnitude) implements SourceValue {
        @Override
        public String text() {
            String s = "dc " + value;
            return acMagnitude == 0 ? s : s + " ac " + SpiceNumber.format(acMagnitude);
        }
    }

    /** Piecewise linear: (time, value) pairs with increasing times. */
    record Pwl(List<double[]> points) implements SourceValue {
        public Pwl {
            if (points.isEmpty()) throw new IllegalArgumentException("a PWL source needs at least one point");
            double last = Double.NEGATIVE_INFINITY;
            for (double[] p : points) {
                if (p.length != 2 || !(p[0] > last)) {
                    throw new IllegalArgumentException("PWL points must be (time, value) pairs with increasing times");
                }
                last = p[0];
            }
            points = List.copyOf(points);
        }

        @Override
        public String text() {
            StringBuilder b = new StringBuilder("pwl(");
            for (int i = 0; i < points.size(); i++) {
                if (i > 0) b.append(' ');
                b.append(SpiceNumber.format(points.get(i)[0])).append(' ').append(SpiceNumber.format(points.get(i)[1]));
            }
            return b.append(')').toString();
        }
    }

    /**
     * The value is asked from the host program at every load. Written as the bare keyword: ngspice 39
     * crashes during the run on {@code V n+ n- 0 external} and {@code V n+ n- dc 0 external}.
     */
    record External() implements SourceValue {
        @Override public String text() { return "external"; }
    }
}
