package memcim.hdl.periphery;

import memcim.hdl.Module;
import memcim.hdl.Output;
import memcim.hdl.Params;

/**
 * Entropy-term table (the log table of the design): h = round(256·(−q ln q)), q = p/256, for a Q8
 * probability p. Combinational ROM.
 *
 * <p>Ports: {@code p} (9) in; {@code h} (8) out.
 */
public final class EntropyRom extends Module {
    public EntropyRom() {
        super("entropy_rom", Params.of());
        var p = input("p", FixedPoint.P_BITS);
        Output h = output("h", FixedPoint.PLOGP_BITS);
        h.assign(rom("table_plogp", FixedPoint.PLOGP_BITS, FixedPoint.plogpTable()).read(p));
    }
}
