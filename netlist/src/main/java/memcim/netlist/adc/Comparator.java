package memcim.netlist.adc;

import java.util.List;
import java.util.Map;
import memcim.netlist.BehavioralSource;
import memcim.netlist.Pin;
import memcim.netlist.SpiceNumber;
import memcim.netlist.Subckt;
import memcim.netlist.SubcktFactory;

/**
 * A continuous comparator: pins {@code inp}, {@code inn}, {@code out};
 * v(out) = (V_dd/2)·(1 + tanh(gain·(v(inp) − v(inn)))), so the output is high (above V_dd/2) when inp is at or above
 * inn. One behavioural source {@code BCMP}; the digital side samples it at the clock edges.
 */
public final class Comparator {
    private Comparator() {}

    public static Subckt subckt(SubcktFactory factory, double supplyVolts, double gain) {
        return factory.get("comparator", Map.of("vdd", supplyVolts, "gain", gain), (name, k) -> {
            String half = SpiceNumber.format(supplyVolts / 2);
            return new Subckt(name, List.of(Pin.in("inp"), Pin.in("inn"), Pin.out("out")))
                    .comment("comparator: out = " + half + " V * (1 + tanh(" + SpiceNumber.format(gain) + " * (inp - inn)))")
                    .add(BehavioralSource.voltage("BCMP", "out", "0",
                            half + " * (1 + tanh(" + SpiceNumber.format(gain) + " * (v(inp) - v(inn))))"));
        });
    }
}
