package memcim.netlist.cell;

import java.util.List;
import java.util.Map;
import memcim.device.array.CellType;
import memcim.netlist.BehavioralSource;
import memcim.netlist.ControlledSource;
import memcim.netlist.Passive;
import memcim.netlist.Pin;
import memcim.netlist.SpiceNumber;
import memcim.netlist.Subckt;
import memcim.netlist.SubcktFactory;
import memcim.netlist.Value;

/**
 * A crossbar cell in read mode, as the shared read topology ({@code memcim.device.array.CrossbarReadSpec})
 * defines it: pins {@code row} and {@code col}, instance parameter {@code g} (the programmed conductance, slope
 * at 0 V). The memristor is I = g·V₀·sinh(V/V₀), or a plain conductance g when V₀ = ∞ (written as a VCCS on its
 * own terminals so that g = 0 is legal); for 1T1R the access transistor, fully on, is the linear
 * {@code accessOnOhms} from the row to the memristor. One subcircuit per (cell type, V₀, access ohms).
 */
public final class ReadCell {
    private ReadCell() {}

    public static Subckt subckt(SubcktFactory factory, CellType type, double nonlinearityVolts, double accessOnOhms) {
        boolean transistor = type == CellType.ONE_T_ONE_R && accessOnOhms > 0;
        boolean linear = Double.isInfinite(nonlinearityVolts);
        String base = transistor ? "cell_1t1r_read" : "cell_1r_read";
        Map<String, Object> key = transistor
                ? Map.of("v0", linear ? "linear" : SpiceNumber.format(nonlinearityVolts), "ron", accessOnOhms)
                : Map.of("v0", linear ? "linear" : SpiceNumber.format(nonlinearityVolts));
        return factory.get(base, key, (name, k) -> {
            Subckt s = new Subckt(name, List.of(Pin.inout("row"), Pin.inout("col")), Map.of("g", 1e-5));
            s.comment((transistor ? "1T1R read: access transistor on (" + SpiceNumber.format(accessOnOhms)
                    + " ohm), then " : "1R read: ") + (linear ? "linear memristor g"
                    : "memristor I = g*V0*sinh(V/V0), V0 = " + SpiceNumber.format(nonlinearityVolts) + " V"));
            String top = "row";
            if (transistor) {
                s.add(Passive.resistor("RACC", "row", "m", accessOnOhms));
                top = "m";
            }
            memristor(s, top, "col", nonlinearityVolts);
            return s;
        });
    }

    /**
     * The memristor of parameter {@code g} between two nodes of a cell subcircuit: I = g·V₀·sinh(V/V₀), or a plain
     * conductance g when V₀ = ∞ (a VCCS on its own terminals, so that g = 0 is legal).
     */
    static void memristor(Subckt s, String plus, String minus, double nonlinearityVolts) {
        if (Double.isInfinite(nonlinearityVolts)) {
            s.add(ControlledSource.conductance("GMEM", plus, minus, Value.param("g")));
        } else {
            String v0 = SpiceNumber.format(nonlinearityVolts);
            s.add(BehavioralSource.current("BMEM", plus, minus, "g*" + v0 + "*sinh(v(" + plus + "," + minus + ")/" + v0 + ")"));
        }
    }
}
