package memcim.hdl.periphery;

import memcim.hdl.Expr;
import memcim.hdl.Input;
import memcim.hdl.Module;
import memcim.hdl.Output;
import memcim.hdl.Params;

/**
 * Clipped ReLU with requantisation of the hidden activation to {@code outBits} bits (3 on the reference chip,
 * so it can be applied bit-serially to layer 2): y = clamp(floor(x / 2^shift), 0, 2^outBits − 1).
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
        Expr q = x.shr(shift);
        long max = (1L << outBits) - 1;
        Expr clipped = q.gt(max).select(lit(max, outBits), q.bits(outBits - 1, 0));
        y.assign(x.msb().select(lit(0, outBits), clipped));
    }

    /** Reference. */
    public static int reference(long x, int shift, int outBits) {
        long q = x >> shift;
        return (int) Math.max(0, Math.min((1L << outBits) - 1, q));
    }
}
