package memcim.hdl.periphery;

import memcim.hdl.Input;
import memcim.hdl.Module;
import memcim.hdl.Output;
import memcim.hdl.Params;
import memcim.hdl.Reg;

/**
 * Shift-and-add recombination of bit-serial partial sums: the partial result of input bit plane p is weighted
 * 2^p, so I = X0 + 2·X1 + 4·X2.
 *
 * <p>Ports: {@code clear}, {@code valid} (1), {@code phase} (2), {@code x} (W, signed) in; {@code acc} (A,
 * signed) out. Timing: on an edge, clear=1 zeroes the sum (it wins over valid); else valid=1 adds
 * x·2^phase. The sum wraps at A bits: size A ≥ W + bits.
 */
public final class ShiftAdd extends Module {
    public ShiftAdd(int inWidth, int accWidth) {
        super("shift_add", Params.of("W", inWidth, "A", accWidth));
        Bits.require(accWidth > inWidth + 2 && accWidth <= 64, "shift-add", "an accumulator wider than W+2 bits", accWidth);
        Input clear = input("clear", 1);
        Input valid = input("valid", 1);
        Input phase = input("phase", 2);
        Input x = sinput("x", inWidth);
        Output acc = soutput("acc", accWidth);
        Reg sum = sreg("sum", accWidth);
        sum.next(sum.plus(x.resize(accWidth).shl(phase)).when(valid));
        sum.next(slit(0, accWidth).when(clear));
        acc.assign(sum);
    }

    /** Reference: Σ_p partial[p]·2^p. */
    public static long reference(long[] partialPerPhase) {
        long s = 0;
        for (int p = 0; p < partialPerPhase.length; p++) s += partialPerPhase[p] << p;
        return s;
    }
}
