package memcim.hdl.periphery;

import memcim.hdl.Input;
import memcim.hdl.Module;
import memcim.hdl.Output;
import memcim.hdl.Params;
import memcim.hdl.Reg;

/**
 * Fibonacci LFSR (left shift, feedback = XOR of the tapped bits into bit 0), maximal length for the built-in
 * tap sets. Used for on-chip test stimulus and by {@code memcim bench hdl}.
 *
 * <p>Ports: {@code en} (1): shift on this edge; {@code q} (width): the state. Timing: {@code q} changes on
 * the edge after {@code en}=1; reset loads the seed.
 */
public final class Lfsr extends Module {
    private final int width;
    private final long taps;

    public Lfsr(int width, long seed) {
        super("lfsr", Params.of("W", width, "SEED", seed));
        this.width = width;
        this.taps = taps(width);
        Bits.require(seed != 0 && (seed & ~memcim.hdl.Expr.mask(width)) == 0, "lfsr seed", "a nonzero " + width + "-bit value", seed);
        Input en = input("en", 1);
        Output q = output("q", width);
        Reg state = reg("state", width).resetTo(seed);
        state.next(cat(state.bits(width - 2, 0), state.and(lit(taps, width)).xorReduce()).when(en));
        q.assign(state);
    }

    /** Maximal-length tap masks (bit i set = bit i tapped) for the supported widths. */
    public static long taps(int width) {
        return switch (width) {
            case 8 -> 0xB8L;
            case 16 -> 0xB400L;
            case 24 -> 0xE10000L;
            case 32 -> 0x80200003L;
            default -> throw new memcim.core.InputException("lfsr width", "8, 16, 24 or 32", Integer.toString(width));
        };
    }

    /** Reference: the state after one shift. */
    public static long next(long state, int width) {
        long fb = Long.bitCount(state & taps(width)) & 1;
        return ((state << 1) | fb) & memcim.hdl.Expr.mask(width);
    }

    public int width() { return width; }
    public long tapMask() { return taps; }
}
