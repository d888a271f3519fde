package memcim.netlist.crossbar;

import java.util.List;
import java.util.Map;
import memcim.netlist.ControlledSource;
import memcim.netlist.Model;
import memcim.netlist.Mosfet;
import memcim.netlist.Passive;
import memcim.netlist.Pin;
import memcim.netlist.Subckt;
import memcim.netlist.SubcktFactory;
import memcim.netlist.Value;

/**
 * Column sense amplifiers built on an ideal high-gain op-amp (a VCVS from the inverting input), which holds
 * the column at a virtual ground: a transimpedance stage (feedback resistor, v(out) = −I·Rf) or an integrator
 * (feedback capacitor, v(out) = −∫I dt / Cf, shorted by an NMOS switch while {@code rst} is high).
 */
final class SenseAmplifier {
    static final double RESET_VOLTS = 1.2;
    private static final Model SWITCH = new Model("sa_switch", "NMOS", Map.of("level", 1.0, "vto", 0.4, "kp", 2e-4));

    private SenseAmplifier() {}

    static Subckt transimpedance(SubcktFactory factory, double gain, double feedbackOhms) {
        return factory.get("tia", Map.of("gain", gain, "rf", feedbackOhms), (name, k) ->
                new Subckt(name, List.of(Pin.in("in"), Pin.out("out")))
                        .comment("transimpedance amplifier: v(out) = -I(in) * " + feedbackOhms + " ohm, gain " + gain)
                        .add(ControlledSource.vcvs("EAMP", "out", "0", "0", "in", gain))
                        .add(Passive.resistor("RF", "in", "out", feedbackOhms)));
    }

    static Subckt integrator(SubcktFactory factory, double gain, double feedbackFarads) {
        return factory.get("integrator", Map.of("gain", gain, "cf", feedbackFarads), (name, k) ->
                new Subckt(name, List.of(Pin.in("in"), Pin.out("out"), Pin.in("rst")))
                        .comment("integrator: v(out) = -integral of I(in) / " + feedbackFarads + " F, reset while rst is high")
                        .add(ControlledSource.vcvs("EAMP", "out", "0", "0", "in", gain))
                        .add(Passive.capacitor("CF", "in", "out", feedbackFarads))
                        .add(new Mosfet("MRST", "in", "rst", "out", "0", SWITCH,
                                Map.of("W", Value.of(1e-6), "L", Value.of(0.13e-6)))));
    }
}
