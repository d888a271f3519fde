package memcim.netlist.adc;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import memcim.netlist.BehavioralSource;
import memcim.netlist.Model;
import memcim.netlist.Passive;
import memcim.netlist.Pin;
import memcim.netlist.SpiceNumber;
import memcim.netlist.Subckt;
import memcim.netlist.SubcktFactory;
import memcim.netlist.Switch;
import memcim.netlist.VoltageSource;

/**
 * The binary-weighted capacitive DAC of a SAR ADC with its switches: pins {@code word} (the DAC word, in volts),
 * {@code rst} (reset, high discharges the output) and {@code out}. Bit k: a behavioural switch driver {@code BD<k>}
 * puts V_ref on node {@code sb<k>} when bit k of the word is 1 (else 0 V), through a 0 V meter {@code VD<k>} (its
 * current is the bit's charging current) to {@code sw<k>}, the switch resistance {@code RS<k>} and the bit's
 * capacitor {@code CD<k>} = 2^k units onto {@code out}; a terminating unit {@code CT} from out to ground and the reset
 * switch {@code SR} (model {@link #RESET_MODEL}, threshold V_dd/2) across it.
 *
 * <p>Inside an instance {@code X<name>} ngspice names the meter's current {@code v.x<name>.vd<k>#branch} and the
 * switch node {@code x<name>.sw<k>} (see {@link #switchCurrent} and {@link #switchNode}).
 */
public final class CapacitiveDac {
    /** The reset switch's model name. */
    public static final String RESET_MODEL = "swreset";

    private CapacitiveDac() {}

    public static Subckt subckt(SubcktFactory factory, int bits, double vRefVolts, double unitFarads, double switchOhms,
                                double supplyVolts) {
        if (bits < 1 || bits > 16) throw new IllegalArgumentException("a C-DAC of 1 to 16 bits, got " + bits);
        Map<String, Object> key = Map.of("bits", bits, "vref", vRefVolts, "unit", unitFarads, "ron", switchOhms,
                "vdd", supplyVolts);
        return factory.get("cdac", key, (name, k) -> {
            Model reset = new Model(RESET_MODEL, "SW", Map.of("vt", supplyVolts / 2, "vh", 0.0, "ron", 100.0, "roff", 1e13));
            Subckt s = new Subckt(name, List.of(Pin.in("word"), Pin.in("rst"), Pin.out("out")));
            s.comment(bits + "-bit binary-weighted C-DAC: bit k puts " + SpiceNumber.format(vRefVolts) + " V through "
                    + SpiceNumber.format(switchOhms) + " ohm on 2^k x " + SpiceNumber.format(unitFarads)
                    + " F; reset while rst is above " + SpiceNumber.format(supplyVolts / 2) + " V");
            String vRef = SpiceNumber.format(vRefVolts);
            for (int b = 0; b < bits; b++) {
                s.add(BehavioralSource.voltage("BD" + b, "sb" + b, "0", vRef + " * (floor(v(word) / "
                        + SpiceNumber.format(1 << b) + ") - 2 * floor(v(word) / " + SpiceNumber.format(1 << (b + 1)) + "))"));
                s.add(new VoltageSource("VD" + b, "sb" + b, "sw" + b, 0.0));
                s.add(Passive.resistor("RS" + b, "sw" + b, "x" + b, switchOhms));
                s.add(Passive.capacitor("CD" + b, "x" + b, "out", unitFarads * (1 << b)));
            }
            s.add(Passive.capacitor("CT", "out", "0", unitFarads));
            s.add(new Switch("SR", "out", "0", "rst", "0", reset));
            return s;
        });
    }

    /** ngspice's name of bit k's switch node inside the instance. */
    public static String switchNode(String instance, int bit) {
        return instance.toLowerCase(Locale.ROOT) + ".sw" + bit;
    }

    /** ngspice's name of bit k's meter current inside the instance (from the driver into the switch). */
    public static String switchCurrent(String instance, int bit) {
        return "v." + instance.toLowerCase(Locale.ROOT) + ".vd" + bit + "#branch";
    }
}
