package memcim.netlist.crossbar;

import java.util.List;
import java.util.Map;
import memcim.netlist.Model;
import memcim.netlist.Mosfet;
import memcim.netlist.Pin;
import memcim.netlist.Subckt;
import memcim.netlist.SubcktFactory;
import memcim.netlist.Value;

/**
 * A transistor-level row driver: logic input {@code in} high connects {@code out} to the read rail through a
 * wide NMOS pass gate; low pulls {@code out} to ground through an NMOS driven by a CMOS inverter. Level-1
 * 130 nm-like devices (illustrative): the pass gate is about 55 Ω at a 0.2 V rail and a 1.2 V input, so a row carrying 1 mA
 * loses about 55 mV: the option shows the cost of a real driver, the ideal one is the reference.
 */
final class RowDriver {
    static final Model NMOS = new Model("drv_nmos", "NMOS", Map.of("level", 1.0, "vto", 0.4, "kp", 2e-4, "lambda", 0.05));
    static final Model PMOS = new Model("drv_pmos", "PMOS", Map.of("level", 1.0, "vto", -0.4, "kp", 8e-5, "lambda", 0.05));
    static final double PASS_WIDTH_METERS = 20e-6;
    static final double LENGTH_METERS = 0.13e-6;

    private RowDriver() {}

    static Subckt subckt(SubcktFactory factory) {
        return factory.get("row_driver", Map.of("passWidth", PASS_WIDTH_METERS), (name, k) -> {
            Subckt s = new Subckt(name, List.of(Pin.in("in"), Pin.out("out"), Pin.power("vread"), Pin.power("vdd")));
            s.comment("in high: out = vread through an NMOS pass gate; in low: out pulled to 0");
            s.add(mos("MINVP", "inb", "in", "vdd", "vdd", PMOS, 0.52e-6));
            s.add(mos("MINVN", "inb", "in", "0", "0", NMOS, 0.26e-6));
            s.add(mos("MPASS", "vread", "in", "out", "0", NMOS, PASS_WIDTH_METERS));
            s.add(mos("MPULL", "out", "inb", "0", "0", NMOS, PASS_WIDTH_METERS));
            return s;
        });
    }

    private static Mosfet mos(String name, String d, String g, String s, String b, Model m, double width) {
        return new Mosfet(name, d, g, s, b, m, Map.of("W", Value.of(width), "L", Value.of(LENGTH_METERS)));
    }
}
