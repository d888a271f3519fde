package memcim.netlist.crossbar;

import java.util.List;
import java.util.Map;
import memcim.netlist.ControlledSource;
import memcim.netlist.BehavioralSource;
import memcim.netlist.Passive;
import memcim.netlist.Pin;
import memcim.netlist.SpiceNumber;
import memcim.netlist.Subckt;
import memcim.netlist.SubcktFactory;

/**
 * Column sense amplifiers built on an ideal high-gain op-amp (a VCVS from the inverting input), which holds
 * the column at a virtual ground: a transimpedance stage (feedback resistor, v(out) = −I·Rf) or an integrator
 * (feedback capacitor, v(out) = −∫I dt / Cf, shorted while {@code rst} is high by a behavioural switch: a
 * MOS switch would turn on by itself once the output swings below its gate's low level).
 */
final class SenseAmplifier {
    /** The reset input's high level; the switch conductance scales with v(rst), so 0 V is exactly open. */
    static final double RESET_VOLTS = 1.0;
    /** Reset switch conductance at rst = 1 V: 100 Ω, so 1 pF discharges in a tenth of a nanosecond. */
    private static final double RESET_SIEMENS = 1e-2;

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
                        .add(BehavioralSource.current("BRST", "in", "out",
                                "v(in,out)*" + SpiceNumber.format(RESET_SIEMENS) + "*v(rst)")));
    }
}
