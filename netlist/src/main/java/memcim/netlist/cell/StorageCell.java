package memcim.netlist.cell;

import java.util.List;
import java.util.Map;
import memcim.netlist.Model;
import memcim.netlist.Pin;
import memcim.netlist.SpiceNumber;
import memcim.netlist.Subckt;
import memcim.netlist.SubcktFactory;
import memcim.netlist.Switch;

/**
 * A 1T1R cell as a memory reads it ({@code memcim.device.array.StorageRead}): pins {@code bl}, {@code sl} and
 * {@code wl}, instance parameter {@code g}. The memristor (as {@link ReadCell}'s) from the bit line to the drain, the
 * access transistor a voltage-controlled switch from there to the source line, gated by the word line: on
 * resistance the card's, off resistance {@link #OFF_OHMS}, threshold half the word line's high level.
 */
public final class StorageCell {
    /**
     * An access transistor off: 1 TΩ, ngspice's own default {@code roff} for a switch (1/GMIN), i.e. 0.2 pA at a 0.2 V
     * read; the fast storage read takes it as open, so the SPICE deck measures what that costs.
     */
    public static final double OFF_OHMS = 1e12;
    /** The selected word line's level; unselected word lines are at 0 V. */
    public static final double WORD_LINE_VOLTS = 1.0;

    private StorageCell() {}

    public static Subckt subckt(SubcktFactory factory, double nonlinearityVolts, double accessOnOhms) {
        boolean linear = Double.isInfinite(nonlinearityVolts);
        Map<String, Object> key = Map.of("v0", linear ? "linear" : SpiceNumber.format(nonlinearityVolts), "ron", accessOnOhms);
        return factory.get("cell_1t1r_storage", key, (name, k) -> {
            Subckt s = new Subckt(name, List.of(Pin.inout("bl"), Pin.inout("sl"), Pin.in("wl")), Map.of("g", 1e-5));
            s.comment("1T1R storage read: " + (linear ? "linear memristor g" : "memristor I = g*V0*sinh(V/V0), V0 = "
                    + SpiceNumber.format(nonlinearityVolts) + " V") + ", then the access switch (on "
                    + SpiceNumber.format(accessOnOhms) + " ohm, off " + SpiceNumber.format(OFF_OHMS) + " ohm) gated by wl");
            ReadCell.memristor(s, "bl", "d", nonlinearityVolts);
            Model sw = new Model(name + "_acc", "SW", Map.of("vt", WORD_LINE_VOLTS / 2, "vh", 0.0,
                    "ron", Math.max(accessOnOhms, 1e-3), "roff", OFF_OHMS));
            s.add(new Switch("SACC", "d", "sl", "wl", "0", sw));
            return s;
        });
    }
}
