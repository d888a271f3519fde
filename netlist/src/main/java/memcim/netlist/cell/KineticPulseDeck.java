package memcim.netlist.cell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import memcim.core.InputException;
import memcim.device.DiffusionDriftDynamics;
import memcim.netlist.Analysis;
import memcim.netlist.Instance;
import memcim.netlist.Netlist;
import memcim.netlist.SourceValue;
import memcim.netlist.SpiceNumber;
import memcim.netlist.SubcktFactory;
import memcim.netlist.Value;
import memcim.netlist.VoltageSource;

/**
 * A transient deck of one {@link KineticCellModel} cell driven by the pulse train of an input sequence: input x_k is a
 * pulse of amplitude·x_k volts, {@code widthSeconds} wide (full width at half height), starting at k·period; every
 * level change is a linear ramp of {@code edgeSeconds} centred on the ideal edge, so ∫V dt is that of the ideal
 * piecewise-constant train. Prints the state, the drive and the source current ({@code i(vin)}, into the source).
 */
public final class KineticPulseDeck {
    /** The cell's state: {@code v(xcell.w)}. */
    public static final String STATE_VECTOR = "v(xcell." + KineticCellModel.STATE_NODE + ")";
    public static final String DRIVE_VECTOR = "v(in)";
    public static final String CURRENT_VECTOR = "i(vin)";
    /** The transient's relative tolerance. */
    public static final double RELTOL = 1e-6;

    private KineticPulseDeck() {}

    /**
     * @param inputs      x_k, each in [0, 1]
     * @param maxStep     the transient's largest time step (its accuracy)
     */
    public static Netlist of(DiffusionDriftDynamics device, double[] inputs, double amplitudeVolts, double widthSeconds,
                             double periodSeconds, double edgeSeconds, double maxStep) {
        if (inputs.length == 0) throw new InputException("pulse train inputs", "at least one", "none");
        for (int k = 0; k < inputs.length; k++)
            if (!(inputs[k] >= 0 && inputs[k] <= 1)) throw new InputException("pulse train input " + k, "a value in [0, 1]", String.valueOf(inputs[k]));
        if (!(edgeSeconds > 0 && edgeSeconds < widthSeconds && widthSeconds <= periodSeconds
                && (widthSeconds == periodSeconds || periodSeconds - widthSeconds > edgeSeconds)))
            throw new InputException("pulse train timing", "0 < edge < width <= period, the gap (if any) longer than an edge",
                    edgeSeconds + ", " + widthSeconds + ", " + periodSeconds);
        double stop = inputs.length * periodSeconds;
        Netlist n = new Netlist("kinetic memristor under a pulse train of " + inputs.length + " inputs");
        n.header("pulses", SpiceNumber.format(amplitudeVolts) + " V x input, " + SpiceNumber.format(widthSeconds) + " s wide, every "
                + SpiceNumber.format(periodSeconds) + " s, edges " + SpiceNumber.format(edgeSeconds) + " s");
        n.add(new VoltageSource("VIN", "in", "0", new SourceValue.Pwl(points(inputs, amplitudeVolts, widthSeconds, periodSeconds, edgeSeconds))));
        n.add(new Instance("XCELL", KineticCellModel.subckt(new SubcktFactory(), device), List.of("in", "0"),
                Map.of("w0", Value.of(device.initialState()))));
        // the state is the feature: integrate it to 1e-6 relative rather than ngspice's default 1e-3
        n.option("reltol", RELTOL);
        n.analysis(new Analysis.Tran(maxStep, stop, 0, maxStep, false));
        n.print(STATE_VECTOR);
        n.print(DRIVE_VECTOR);
        n.print(CURRENT_VECTOR);
        return n;
    }

    /** The PWL corners: each level change a ramp of {@code edge} centred on its ideal time. */
    static List<double[]> points(double[] x, double amplitude, double width, double period, double edge) {
        List<double[]> times = new ArrayList<>();   // (ideal time, level after it)
        double level = 0;
        for (int k = 0; k < x.length; k++) {
            double on = amplitude * x[k];
            if (on != level) times.add(new double[]{k * period, on});
            level = on;
            if (width < period && level != 0) {
                times.add(new double[]{k * period + width, 0});
                level = 0;
            }
        }
        if (level != 0) times.add(new double[]{x.length * period, 0});
        List<double[]> p = new ArrayList<>();
        p.add(new double[]{0, 0});
        double before = 0;
        for (double[] t : times) {
            double from = Math.max(t[0] - edge / 2, p.get(p.size() - 1)[0]);
            if (from > p.get(p.size() - 1)[0]) p.add(new double[]{from, before});
            p.add(new double[]{t[0] + edge / 2, t[1]});
            before = t[1];
        }
        return p;
    }
}
