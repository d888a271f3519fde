package memcim.netlist.adc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import memcim.netlist.BehavioralSource;
import memcim.netlist.Pin;
import memcim.netlist.Subckt;
import memcim.netlist.SubcktFactory;

/**
 * An inverting analog column multiplexer: pins {@code sel} (the selected input's index in volts; no input selected
 * when it is more than 0.5 V from every index), {@code in0 ... in<n-1>} and {@code out};
 * v(out) = −v(in<sel>), one behavioural source {@code BMUX} (ideal: no settling, no charge injection). With
 * transimpedance front ends (v = −I·Rf) the output is the selected column's current times Rf, positive.
 */
public final class ColumnMux {
    private ColumnMux() {}

    public static Subckt subckt(SubcktFactory factory, int inputs) {
        if (inputs < 1) throw new IllegalArgumentException("a multiplexer needs at least one input, got " + inputs);
        return factory.get("column_mux", Map.of("inputs", inputs), (name, k) -> {
            List<Pin> pins = new ArrayList<>();
            pins.add(Pin.in("sel"));
            for (int j = 0; j < inputs; j++) pins.add(Pin.in(input(j)));
            pins.add(Pin.out("out"));
            StringBuilder e = new StringBuilder("-(");
            for (int j = 0; j < inputs; j++) {
                e.append(j == 0 ? "" : " + ").append("u(0.5 - abs(v(sel) - ").append(j).append("))*v(").append(input(j)).append(')');
            }
            return new Subckt(name, pins)
                    .comment("inverting multiplexer of " + inputs + " inputs: v(out) = -v(in<v(sel)>), 0 when none is selected")
                    .add(BehavioralSource.voltage("BMUX", "out", "0", e.append(')').toString()));
        });
    }

    /** The pin of input j. */
    public static String input(int j) { return "in" + j; }
}
