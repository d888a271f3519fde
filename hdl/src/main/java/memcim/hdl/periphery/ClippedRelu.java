package memcim.hdl.periphery;

import memcim.hdl.Expr;
import memcim.hdl.Input;
import memcim.hdl.Module;
import memcim.hdl.Output;
import memcim.hdl.Params;

/**
 * Clipped ReLU with requantisation of the hidden activation to {@code outBits} bits (3 on the reference chip,
 * so it can be applied bit-serially to layer 2): y = clamp(rint(x / 2^shift), 0, 2^outBits − 1), rint rounding
 * to the nearest integer and ties to even. That is the rule the network was trained with (bnn's hidden code is
 * clamp(Math.rint(a / step), 0, 7)); rounding down instead loses half a code on average and costs several
 * points of accuracy on the chip. Hardware: one adder before the shift, x + 2^(shift−1) − 1 + (bit {@code shift}
 * of x), computed one bit wider so it never overflows; the added bit turns "round half up" into "half to even".
 * Combinational.
 *
 * <p>Ports: {@code x} (W, signed) in; {@code y} (outBits) out.
 */
public final class ClippedRelu extends Module {
    public ClippedRelu(int inWidth, int shift, int outBits) {
        super("clipped_relu", Params.of("W", inWidth, "S", shift, "B", outBits));
        Bits.require(shift >= 0 && shift < inWidth - 1 && outBits >= 1 && outBits < inWidth - shift, "clipped ReLU",
                "0 <= shift < W-1 and outBits < W-shift", "shift " + shift + ", outBits " + outBits + ", W " + inWidth);
        Input x = sinput("x", inWidth);
        Output y = output("y", outBits);
        Expr q = rounded(x, shift);
        long max = (1L << outBits) - 1;
        Expr clipped = q.gt(max).select(lit(max, outBits), q.bits(outBits - 1, 0));
        y.assign(x.msb().select(lit(0, outBits), clipped));
    }

    /** rint(x / 2^shift) of a signed x, one bit wider than x (nothing to round when shift is 0). */
    private static Expr rounded(Expr x, int shift) {
        if (shift == 0) return x;
        int w = x.width() + 1;
        Expr halfMinusOne = slit((1L << (shift - 1)) - 1, w);
        Expr tieToEven = x.bit(shift).resize(w).asSigned();
        return x.resize(w).plus(halfMinusOne).plus(tieToEven).shr(shift);
    }

    /** Reference: clamp(rint(x / 2^shift), 0, 2^outBits − 1), exact in integers. */
    public static int reference(long x, int shift, int outBits) {
        long q = shift == 0 ? x : (x + (1L << (shift - 1)) - 1 + ((x >> shift) & 1)) >> shift;
        return (int) Math.max(0, Math.min((1L << outBits) - 1, q));
    }
}
