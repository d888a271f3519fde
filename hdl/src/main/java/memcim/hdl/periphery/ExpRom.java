package memcim.hdl.periphery;

import memcim.hdl.Module;
import memcim.hdl.Output;
import memcim.hdl.Params;

/**
 * Exponential table for the softmax: e = round(256·exp(−d·step)) for a quantised distance d below the maximum
 * logit. Combinational ROM.
 *
 * <p>Ports: {@code d} (6) in; {@code e} (9) out.
 */
public final class ExpRom extends Module {
    public ExpRom(int stepMilli) {
        super("exp_rom", Params.of("STEPM", stepMilli));
        Bits.require(stepMilli > 0 && stepMilli <= 8000, "exp table step", "1..8000 thousandths", stepMilli);
        var d = input("d", 6);
        Output e = output("e", FixedPoint.EXP_BITS);
        e.assign(rom("table_exp", FixedPoint.EXP_BITS, FixedPoint.expTable(stepMilli)).read(d));
    }
}
