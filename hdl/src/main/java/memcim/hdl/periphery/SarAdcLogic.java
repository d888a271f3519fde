package memcim.hdl.periphery;

import java.util.function.IntPredicate;
import memcim.hdl.Expr;
import memcim.hdl.Input;
import memcim.hdl.Module;
import memcim.hdl.Output;
import memcim.hdl.Params;
import memcim.hdl.Reg;

/**
 * Successive-approximation ADC logic for an N-bit capacitive (or resistive) DAC and one comparator.
 *
 * <p>Ports: {@code start} (1), {@code cmp} (1) in; {@code dac} (N) out: the DAC switch word (bit k set =
 * switch k to V_ref); {@code busy}, {@code done} (1-cycle pulse), {@code result} (N, held until the next
 * conversion). The comparator reads 1 when the input is at or above the DAC level for the current word.
 *
 * <p>Timing: {@code start} while idle loads the mid-scale trial word (MSB set) on that edge; each of the next
 * N edges decides one bit from {@code cmp} (sampled just before the edge, for the {@code dac} word shown in
 * that cycle) and sets the next trial bit; {@code done} is high, and {@code result} valid, in the cycle after
 * the last decision: N+1 cycles from the start edge to done. {@code start} while busy is ignored.
 */
public final class SarAdcLogic extends Module {
    private final int bits;

    public SarAdcLogic(int bits) {
        super("sar_adc_logic", Params.of("BITS", bits));
        Bits.require(bits >= 2 && bits <= 16, "SAR ADC", "2..16 bits", bits);
        this.bits = bits;
        Input start = input("start", 1);
        Input cmp = input("cmp", 1);
        Output dac = output("dac", bits);
        Output busyOut = output("busy", 1);
        Output doneOut = output("done", 1);
        Output result = output("result", bits);

        Reg code = reg("code", bits);
        Reg trial = reg("trial", bits);
        Reg busy = reg("busy_q", 1);
        Reg done = reg("done_q", 1);
        Reg res = reg("result_q", bits);
        Expr msb = lit(1L << (bits - 1), bits);
        Expr begin = start.and(busy.not());
        Expr decided = cmp.select(code, code.and(trial.not()));
        Expr last = trial.bit(0);

        code.next(msb.when(begin));
        code.next(decided.or(trial.shr(1)).when(busy));
        trial.next(msb.when(begin));
        trial.next(trial.shr(1).when(busy));
        busy.next(lit(1, 1).when(begin));
        busy.next(lit(0, 1).when(busy.and(last)));
        done.next(busy.and(last));
        res.next(decided.when(busy.and(last)));

        dac.assign(code);
        busyOut.assign(busy);
        doneOut.assign(done);
        result.assign(res);
    }

    public int bits() { return bits; }

    /** Clock cycles from the start edge to done: one per bit, one to present the result. */
    public static int cycles(int bits) { return bits + 1; }

    /** Reference: the code a conversion yields given the comparator's answer for each trial word. */
    public static int convert(int bits, IntPredicate inputAtOrAbove) {
        int code = 0;
        for (int k = bits - 1; k >= 0; k--) {
            int trial = code | (1 << k);
            if (inputAtOrAbove.test(trial)) code = trial;
        }
        return code;
    }
}
