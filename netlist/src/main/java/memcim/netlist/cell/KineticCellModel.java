package memcim.netlist.cell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import memcim.device.DiffusionDriftDynamics;
import memcim.netlist.BehavioralSource;
import memcim.netlist.Passive;
import memcim.netlist.Pin;
import memcim.netlist.SourceValue;
import memcim.netlist.SpiceNumber;
import memcim.netlist.Subckt;
import memcim.netlist.SubcktFactory;
import memcim.netlist.Value;
import memcim.netlist.VoltageSource;

/**
 * The dynamic (drift-diffusion) memristor of Shi et al. (2025) for transient runs in plain ngspice 39, no Verilog-A:
 * the state w is the voltage of node {@value #STATE_NODE} on a capacitor C, charged by a behavioural current
 * C·(α/w − β·V), so dw/dt = α/w − β·V with V the cell voltage (te − be); the cell conducts I = G₀·w·V. Pins {@code te},
 * {@code be}; instance parameter {@code w0}, the state before the run.
 *
 * <p>Why it is well-posed: α/w is evaluated at max(w, minState), the device stage's bound, so it cannot diverge;
 * the state source is multiplied by u(time − 1e−18), zero at the operating point (ngspice's u(0) is ½), where the state node's only DC path is a
 * {@value #LEAK_OHMS} Ω leak to a source at w0 (time constant {@value #STATE_FARADS} F × 1e12 Ω = 1000 s, invisible in a
 * pulse train of microseconds): the transient starts at w = w0 exactly. Unlike the Java stage, the state is not
 * clamped at the bound (a clamp is a kink Newton dislikes); inputs that drive w below minState make the two differ.
 */
public final class KineticCellModel {
    /** The state node inside the subcircuit: read it as {@code v(<instance>.w)}. */
    public static final String STATE_NODE = "w";
    /** The state capacitor: the state current is then C·rate, microamperes for rates of 10⁴–10⁵ per second. */
    public static final double STATE_FARADS = 1e-9;
    static final double LEAK_OHMS = 1e12;

    private KineticCellModel() {}

    public static Subckt subckt(SubcktFactory factory, DiffusionDriftDynamics d) {
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("dynamics", d.toString());
        return factory.get("cell_kinetic", key, (name, k) -> build(name, d));
    }

    private static Subckt build(String name, DiffusionDriftDynamics d) {
        Subckt s = new Subckt(name, List.of(Pin.inout("te"), Pin.inout("be")), Map.of("w0", d.initialState()));
        s.comment("drift-diffusion memristor (Shi 2025): dw/dt = alpha/w - beta*V, I = G0*w*V; state w = v(" + STATE_NODE + ")");
        s.comment("alpha " + f(d.alphaPerSecond()) + " /s, beta " + f(d.betaPerVoltSecond()) + " /(V s), G0 " + f(d.siemensPerState())
                + " S, minState " + f(d.minState()));
        String w = "max(v(" + STATE_NODE + ")," + f(d.minState()) + ")";
        s.add(BehavioralSource.current("BMEM", "te", "be", f(d.siemensPerState()) + "*v(" + STATE_NODE + ")*v(te,be)"));
        s.add(BehavioralSource.current("BSTATE", "0", STATE_NODE, f(STATE_FARADS) + "*u(time-1e-18)*(" + f(d.alphaPerSecond()) + "/" + w
                + "-" + f(d.betaPerVoltSecond()) + "*v(te,be))"));
        s.add(Passive.capacitor("CSTATE", STATE_NODE, "0", STATE_FARADS));
        s.add(Passive.resistor("RLEAK", STATE_NODE, "wi", LEAK_OHMS));
        s.add(new VoltageSource("VINIT", "wi", "0", SourceValue.dc(Value.param("w0"))));
        return s;
    }

    private static String f(double v) {
        return SpiceNumber.format(v);
    }
}
