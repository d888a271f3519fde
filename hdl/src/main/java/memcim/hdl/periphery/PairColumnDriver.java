package memcim.hdl.periphery;

import memcim.hdl.Expr;
import memcim.hdl.Input;
import memcim.hdl.Module;
import memcim.hdl.Output;
import memcim.hdl.Params;

/**
 * Which lines of a differential 1T1R array carry a pulse in an update phase: column pairs (G⁺ at line 2j, G⁻ at 2j+1).
 * To raise a weight (δ = −1) G⁺ is SET and G⁻ RESET; to lower it (δ = +1) the reverse. In the SET phase the bit
 * lines of the cells to SET carry the pulse; in the RESET phase the source lines of the cells to RESET. Combinational;
 * a tile of up to 32 pairs.
 *
 * <p>Ports: {@code err_pos}, {@code err_neg} (P) in; {@code set_en}, {@code reset_en} (1) in; {@code bl_set} (2P) out;
 * {@code sl_reset} (2P) out.
 */
public final class PairColumnDriver extends Module {
    public PairColumnDriver(int pairs) {
        super("pair_column_driver", Params.of("P", pairs));
        Bits.require(pairs >= 1 && pairs <= 32, "pair column driver", "1..32 pairs", pairs);
        Input errPos = input("err_pos", pairs);
        Input errNeg = input("err_neg", pairs);
        Input setEn = input("set_en", 1);
        Input resetEn = input("reset_en", 1);
        Output blSet = output("bl_set", 2 * pairs);
        Output slReset = output("sl_reset", 2 * pairs);
        // interleave: line 2j is G+ of pair j, line 2j+1 its G-
        Expr[] set = new Expr[2 * pairs], reset = new Expr[2 * pairs];
        for (int j = 0; j < pairs; j++) {
            int hi = 2 * pairs - 1 - 2 * j;   // cat() lists the most significant bit first
            set[hi] = errNeg.bit(j).and(setEn);         // G+ SET: raise
            set[hi - 1] = errPos.bit(j).and(setEn);     // G- SET: lower
            reset[hi] = errPos.bit(j).and(resetEn);     // G+ RESET: lower
            reset[hi - 1] = errNeg.bit(j).and(resetEn); // G- RESET: raise
        }
        blSet.assign(cat(set));
        slReset.assign(cat(reset));
    }

    /** Reference: the bit-line (SET) and source-line (RESET) words for errors δ (−1, 0, +1 per pair). */
    public static long[] reference(int[] delta, boolean setEn, boolean resetEn) {
        long set = 0, reset = 0;
        for (int j = 0; j < delta.length; j++) {
            if (delta[j] < 0) {
                if (setEn) set |= 1L << (2 * j);
                if (resetEn) reset |= 1L << (2 * j + 1);
            } else if (delta[j] > 0) {
                if (setEn) set |= 1L << (2 * j + 1);
                if (resetEn) reset |= 1L << (2 * j);
            }
        }
        return new long[] {set, reset};
    }
}
