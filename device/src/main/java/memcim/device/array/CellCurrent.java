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
        return current(g, v, slope, null, 0);
    }

    /**
     * As {@link #current(double, double, double[])}, starting the memristor-voltage solve from
     * {@code memristorVolts[k]} when that lies between 0 and the linear guess (the previous Newton iterate of the
     * array solve is usually within a hair of the answer), and storing the solution there.
     */
    double current(double g, double v, double[] slope, double[] memristorVolts, int k) {
        if (linear || g == 0) {
            double s = slopeAtZero(g);
            if (slope != null) slope[0] = s;
            return s * v;
        }
        double vm = v / (1 + ra * g);
        if (ra > 0) {
            // The root lies between 0 and the linear guess (sinh(x) >= x). Newton, kept inside that bracket by
            // bisection, from the caller's guess when it lies there.
            double lo = Math.min(0, vm), hi = Math.max(0, vm);
            if (memristorVolts != null) {
                double guess = memristorVolts[k];
                if (guess >= lo && guess <= hi) vm = guess;
            }
            double a = ra * g;
            double[] ch = new double[1];
            for (int it = 0; it < 200; it++) {
                double h = vm + a * v0 * sinhCosh(vm / v0, ch) - v;
                if (h == 0) break;
                if (h > 0) hi = vm; else lo = vm;
                double next = vm - h / (1 + a * ch[0]);
                if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
                double step = Math.abs(next - vm);
                vm = next;
                if (step <= 1e-15 * Math.abs(vm) + 1e-18) break;
            }
            if (memristorVolts != null) memristorVolts[k] = vm;
        }
        double[] ch = new double[1];
        double sh = sinhCosh(vm / v0, ch);
        double gm = g * ch[0];
        if (slope != null) slope[0] = gm / (1 + ra * gm);
        return g * v0 * sh;
    }

    /**
     * sinh(x), and cosh(x) into {@code cosh[0]}, from one expm1: E = eˣ − 1 gives sinh = (E + E/(E+1))/2 and
     * cosh = 1 + E²/(2(E+1)), accurate also for tiny x (where e^x − e^−x would cancel).
     */
    static double sinhCosh(double x, double[] cosh) {
        double e = Math.expm1(Math.abs(x));
        double r = e / (e + 1);
        cosh[0] = 1 + 0.5 * e * r;
        double sh = 0.5 * (e + r);
        return x < 0 ? -sh : sh;
    }
}
