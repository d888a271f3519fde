package memcim.device.array;

/**
 * The current through one cell as a function of the voltage across it (row node minus column node): the
 * memristor I = G·V₀·sinh(Vm/V₀) in series with the access resistance Ra (0 for 1R). With Ra > 0 the memristor's
 * share Vm of the cell voltage solves Vm + Ra·G·V₀·sinh(Vm/V₀) = V, a monotone scalar equation solved by Newton from
 * the linear guess, so the access transistor costs no extra circuit node.
 */
final class CellCurrent {
    private final double v0;
    private final double ra;
    private final boolean linear;

    CellCurrent(double nonlinearityVolts, double accessOhms) {
        this.v0 = nonlinearityVolts;
        this.ra = accessOhms;
        this.linear = nonlinearityVolts == Double.POSITIVE_INFINITY;
    }

    boolean linear() {
        return linear;
    }

    /** Small-signal conductance at 0 V: the slope used for linear cells and for the chord iteration. */
    double slopeAtZero(double g) {
        return g / (1 + ra * g);
    }

    /** Current for cell voltage v; writes dI/dV into {@code slope[0]} when slope is not null. */
    double current(double g, double v, double[] slope) {
        if (linear || g == 0) {
            double s = slopeAtZero(g);
            if (slope != null) slope[0] = s;
            return s * v;
        }
        double vm = v / (1 + ra * g);
        if (ra > 0) {
            // |true Vm| <= linear guess since sinh(x) >= x: Newton from the convex side converges monotonically
            for (int it = 0; it < 200; it++) {
                double sh = Math.sinh(vm / v0);
                double h = vm + ra * g * v0 * sh - v;
                double dh = 1 + ra * g * Math.cosh(vm / v0);
                double step = h / dh;
                vm -= step;
                if (Math.abs(step) <= 1e-15 * (Math.abs(vm) + 1e-300) + 1e-18) break;
            }
        }
        double gm = g * Math.cosh(vm / v0);
        if (slope != null) slope[0] = gm / (1 + ra * gm);
        return g * v0 * Math.sinh(vm / v0);
    }
}
