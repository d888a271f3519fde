package memcim.netlist.cell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import memcim.netlist.BehavioralSource;
import memcim.netlist.Model;
import memcim.netlist.Mosfet;
import memcim.netlist.Passive;
import memcim.netlist.Pin;
import memcim.netlist.SourceValue;
import memcim.netlist.SpiceNumber;
import memcim.netlist.Subckt;
import memcim.netlist.SubcktFactory;
import memcim.netlist.Value;
import memcim.netlist.VoltageSource;

/**
 * The HfOx 1T1R cell for transient programming runs in plain ngspice 39 (no Verilog-A): the memristor's
 * normalised filament gap s (0 = fully SET, 1 = fully RESET) is the voltage of node {@value #STATE_NODE} on a
 * capacitor, charged by behavioural sources; the access NMOS in series limits the SET current to its
 * saturation current, set by the gate voltage. Pins: {@code bl} (top electrode), {@code wl} (gate),
 * {@code sl} (source line); instance parameter {@code s0}, the state before the run (default 1).
 *
 * <p>Equations (V = memristor voltage, top electrode minus transistor drain):
 * <pre>
 *   I     = G(s)·V₀·sinh(V/V₀),   G(s) = on·exp(−s·ln(on/off))          (linear I = G·V when V₀ = ∞)
 *   ds/dt = −kset·s·sp(V/Vset − 1) + kreset·(1 − s)·sp(−V/Vreset − 1)
 *   sp(u) = max(u, 0) + ε·ln(1 + exp(−|u|/ε)),  ε = {@value #SMOOTHING}
 * </pre>
 * kset = setRate/(gapMax − gapMin) and the same for RESET, so the card's threshold laws hold away from the
 * thresholds. Why it is well-posed: sp is a smooth (C∞) version of max(u, 0), so Newton sees continuous
 * derivatives; the windows s and (1 − s) make [0, 1] invariant, so the state stays bounded; at zero bias both
 * rates are below 1e-15 /s, and a 1 MΩ leak to a source at s0 gives the state node a DC path (time constant
 * {@value #STATE_FARADS} F × 1 MΩ = 1000 s, invisible in a µs run), so the operating point exists and is s = s0.
 * Compliance needs no extra element: as the filament grows, the transistor holds the current near its
 * saturation value, V across the memristor falls to about Vset and growth stops: a higher gate voltage gives a
 * higher final conductance.
 */
public final class OneTOneRCompactModel {
    /** The state node inside the subcircuit: read it as {@code v(<instance>.x)}. */
    public static final String STATE_NODE = "x";
    /** Width ε of the smooth threshold, relative to the threshold voltage. */
    public static final double SMOOTHING = 0.02;
    /** The state capacitor: large, so the state currents are of the order of the cell currents times 1e3. */
    public static final double STATE_FARADS = 1e-3;
    private static final double LEAK_OHMS = 1e6;

    private OneTOneRCompactModel() {}

    /** The cell subcircuit for these parameters (made once per parameter set by the factory). */
    public static Subckt subckt(SubcktFactory factory, CompactModelParameters p) {
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("parameters", p.toString());
        return factory.get("cell_1t1r", key, (name, k) -> build(name, p));
    }

    /** The access transistor's level-1 model. */
    public static Model accessModel(String name, CompactModelParameters p) {
        return new Model(name, "NMOS", Map.of("level", 1.0, "vto", p.nmosThresholdVolts(),
                "kp", p.nmosKpAmpsPerVoltSquared(), "lambda", p.nmosLambdaPerVolt()));
    }

    private static Subckt build(String name, CompactModelParameters p) {
        Subckt s = new Subckt(name, List.of(Pin.inout("bl"), Pin.in("wl"), Pin.inout("sl")), Map.of("s0", 1.0));
        s.comment("HfOx 1T1R compact model: memristor bl-d, access NMOS d-wl-sl; state s = v(x), 0 SET .. 1 RESET");
        s.comment("on " + f(p.onSiemens()) + " S, off " + f(p.offSiemens()) + " S, V0 " + p.nonlinearityVolts()
                + " V, Vset " + f(p.setThresholdVolts()) + " V, Vreset " + f(p.resetThresholdVolts()) + " V");
        String g = f(p.onSiemens()) + "*exp(-v(x)*" + f(p.logOnOff()) + ")";
        String iv = Double.isInfinite(p.nonlinearityVolts()) ? g + "*v(bl,d)"
                : g + "*" + f(p.nonlinearityVolts()) + "*sinh(v(bl,d)/" + f(p.nonlinearityVolts()) + ")";
        s.add(BehavioralSource.current("BMEM", "bl", "d", iv));
        String set = smoothStep("v(bl,d)/" + f(p.setThresholdVolts()) + "-1");
        String reset = smoothStep("-v(bl,d)/" + f(p.resetThresholdVolts()) + "-1");
        String rate = "-" + f(p.setRatePerSecond()) + "*v(x)*" + set + "+" + f(p.resetRatePerSecond()) + "*(1-v(x))*" + reset;
        s.add(BehavioralSource.current("BSTATE", "0", "x", f(STATE_FARADS) + "*(" + rate + ")"));
        s.add(Passive.capacitor("CSTATE", "x", "0", STATE_FARADS));
        s.add(Passive.resistor("RLEAK", "x", "xi", LEAK_OHMS));
        s.add(new VoltageSource("VINIT", "xi", "0", SourceValue.dc(Value.param("s0"))));
        s.add(new Mosfet("MACC", "d", "wl", "sl", "0", accessModel(name + "_nmos", p),
                Map.of("W", Value.of(p.nmosWidthMeters()), "L", Value.of(p.nmosLengthMeters()))));
        return s;
    }

    private static String smoothStep(String u) {
        String e = f(SMOOTHING);
        return "(max(" + u + ",0)+" + e + "*ln(1+exp(-abs(" + u + ")/" + e + ")))";
    }

    private static String f(double v) {
        return SpiceNumber.format(v);
    }
}
