package memcim.netlist.cell;

import java.util.List;
import java.util.Map;
import memcim.netlist.Analysis;
import memcim.netlist.Instance;
import memcim.netlist.Netlist;
import memcim.netlist.SourceValue;
import memcim.netlist.SpiceNumber;
import memcim.netlist.SubcktFactory;
import memcim.netlist.Value;
import memcim.netlist.VoltageSource;

/**
 * A transient deck of one 1T1R cell ({@link OneTOneRCompactModel}) under one programming pulse: SET (bit line
 * high, gate at the compliance voltage, source line at 0) or RESET (source line high, gate fully on, bit line at
 * 0), as in the reference chip (SET V_bl 1.8 V, V_wl 1.4–2.2 V, 1 µs; RESET V_sl 2.6 V, V_wl 4.8 V, 100 ns).
 * The state after the pulse is the last point of {@link #STATE_VECTOR}.
 */
public final class CellPulseDeck {
    /** The cell instance's state node: normalised gap, 0 SET .. 1 RESET. */
    public static final String STATE_VECTOR = "v(xcell.x)";
    private static final double EDGE_SECONDS = 10e-9;

    private CellPulseDeck() {}

    public static Netlist set(CompactModelParameters p, double gateVolts, double bitLineVolts, double pulseSeconds,
                              double initialState) {
        return pulse(p, "SET", bitLineVolts, gateVolts, 0, pulseSeconds, initialState);
    }

    public static Netlist reset(CompactModelParameters p, double sourceLineVolts, double gateVolts, double pulseSeconds,
                                double initialState) {
        return pulse(p, "RESET", 0, gateVolts, sourceLineVolts, pulseSeconds, initialState);
    }

    private static Netlist pulse(CompactModelParameters p, String kind, double bl, double wl, double sl,
                                 double pulseSeconds, double initialState) {
        double stop = pulseSeconds + 4 * EDGE_SECONDS;
        Netlist n = new Netlist("1T1R cell " + kind + " pulse");
        n.header("pulse", kind + " bl " + SpiceNumber.format(bl) + " V, wl " + SpiceNumber.format(wl) + " V, sl "
                + SpiceNumber.format(sl) + " V, " + SpiceNumber.format(pulseSeconds) + " s");
        n.header("initial state", initialState);
        n.add(new VoltageSource("VBL", "bl", "0", trapezoid(bl, pulseSeconds)));
        n.add(new VoltageSource("VWL", "wl", "0", trapezoid(wl, pulseSeconds)));
        n.add(new VoltageSource("VSL", "sl", "0", trapezoid(sl, pulseSeconds)));
        n.add(new Instance("XCELL", OneTOneRCompactModel.subckt(new SubcktFactory(), p), List.of("bl", "wl", "sl"),
                Map.of("s0", Value.of(initialState))));
        n.analysis(new Analysis.Tran(EDGE_SECONDS / 10, stop, 0, EDGE_SECONDS / 2, false));
        n.print(STATE_VECTOR);
        return n;
    }

    /** 0 V, a rising edge, the plateau for the pulse width, a falling edge, 0 V. */
    private static SourceValue trapezoid(double volts, double widthSeconds) {
        if (volts == 0) return SourceValue.dc(0);
        double t0 = EDGE_SECONDS;
        return new SourceValue.Pwl(List.of(new double[] {0, 0}, new double[] {t0, 0}, new double[] {2 * t0, volts},
                new double[] {2 * t0 + widthSeconds, volts}, new double[] {3 * t0 + widthSeconds, 0}));
    }
}
