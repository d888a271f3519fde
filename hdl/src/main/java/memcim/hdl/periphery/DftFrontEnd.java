package memcim.hdl.periphery;

import memcim.hdl.Expr;
import memcim.hdl.Input;
import memcim.hdl.Memory;
import memcim.hdl.Module;
import memcim.hdl.Output;
import memcim.hdl.Params;
import memcim.hdl.Reg;

/**
 * The digital front end that turns a beat window into spectral bins, as the reference chip's features are
 * made (DFT bins 1..K of an N-sample window): one complex multiply-accumulate per cycle, a sample buffer and
 * one twiddle ROM. Bin k+1 needs the twiddle of phase (k+1)·n mod N; the phase register advances by k+1 each
 * sample, so one N-entry table of cos and sin serves every bin and no multiplier forms the index.
 *
 * <p>Ports: {@code x_we}, {@code x_addr} (⌈log2 N⌉), {@code x_data} (S, signed) in: load one sample per edge;
 * {@code start} in: computes bins 1..K one after another (N cycles each); {@code busy}, {@code valid} (1, the
 * cycle a bin is complete), {@code bin} (index k of bin k+1), {@code re}, {@code im} (A, signed) out.
 * re = Σ x[n]·C[(k+1)n mod N], im = −Σ x[n]·S[(k+1)n mod N] with C, S the ROM's rounded cos and sin scaled by
 * 2^(T−1)−1. The magnitude, the log compression and the detrend/taper that precede it are not in this block.
 */
public final class DftFrontEnd extends Module {
    private final int window;
    private final int coefficientBits;
    private final int addressBits;

    public DftFrontEnd(int window, int bins, int sampleBits, int coefficientBits) {
        super("dft_front_end", Params.of("N", window, "K", bins, "S", sampleBits, "T", coefficientBits));
        Bits.require(window >= 4 && window <= 1024, "DFT window", "4..1024 samples", window);
        Bits.require(bins >= 1 && bins < window / 2, "DFT bins", "1..N/2-1 bins", bins);
        Bits.require(sampleBits >= 2 && sampleBits <= 16, "DFT sample", "2..16 bits", sampleBits);
        Bits.require(coefficientBits >= 3 && coefficientBits <= 16, "DFT twiddle", "3..16 bits", coefficientBits);
        this.window = window;
        this.coefficientBits = coefficientBits;
        int acc = accumulatorBits(window, sampleBits, coefficientBits);
        int kb = Bits.forCount(bins);
        int nb = Bits.forCount(window);
        this.addressBits = nb;

        Input xWe = input("x_we", 1);
        Input xAddr = input("x_addr", nb);
        Input xData = sinput("x_data", sampleBits);
        Input start = input("start", 1);
        Output busyOut = output("busy", 1);
        Output valid = output("valid", 1);
        Output binOut = output("bin", kb);
        Output reOut = soutput("re", acc);
        Output imOut = soutput("im", acc);

        Memory samples = memory("samples", sampleBits, 1 << nb);
        samples.write(xAddr, xData.asUnsigned(), xWe);
        Memory cos = rom("twiddle_cos", coefficientBits, table(window, coefficientBits, true));
        Memory sin = rom("twiddle_sin", coefficientBits, table(window, coefficientBits, false));

        Reg busy = reg("busy_r", 1);
        Reg k = reg("k", kb);
        Reg n = reg("n", nb);
        Reg phase = reg("phase", nb);
        Reg re = sreg("acc_re", acc);
        Reg im = sreg("acc_im", acc);
        Reg validR = reg("valid_r", 1);
        Reg binR = reg("bin_r", kb);
        Reg reR = sreg("re_r", acc);
        Reg imR = sreg("im_r", acc);

        Expr x = samples.read(n).asSigned();
        Expr reSum = re.plus(x.times(cos.read(phase).asSigned()).resize(acc));
        Expr imSum = im.minus(x.times(sin.read(phase).asSigned()).resize(acc));
        Expr lastSample = n.eq(window - 1);
        Expr lastBin = k.eq(bins - 1);
        Expr step = k.resize(nb).plus(1);
        Expr advanced = phase.resize(nb + 1).plus(step.resize(nb + 1));
        Expr wrapped = advanced.ge(window).select(advanced.minus(window), advanced).truncate(nb);
        Expr run = busy;
        Expr binDone = run.and(lastSample);

        re.next(reSum.when(run));
        re.next(slit(0, acc).when(binDone.or(start.and(busy.not()))));
        im.next(imSum.when(run));
        im.next(slit(0, acc).when(binDone.or(start.and(busy.not()))));
        n.next(n.plus(1).when(run));
        n.next(lit(0, nb).when(binDone.or(start.and(busy.not()))));
        phase.next(wrapped.when(run));
        phase.next(lit(0, nb).when(binDone.or(start.and(busy.not()))));
        k.next(k.plus(1).when(binDone));
        k.next(lit(0, kb).when(start.and(busy.not())));
        busy.next(lit(0, 1).when(binDone.and(lastBin)));
        busy.next(lit(1, 1).when(start.and(busy.not())));
        validR.next(binDone);
        binR.next(k.when(binDone));
        reR.next(reSum.when(binDone));
        imR.next(imSum.when(binDone));

        busyOut.assign(busy);
        valid.assign(validR);
        binOut.assign(binR);
        reOut.assign(reR);
        imOut.assign(imR);
    }

    /** Cycles of one window: N per bin, plus the start edge. */
    public static long cycles(int window, int bins) { return (long) window * bins + 1; }

    /** Accumulator width: the product plus ⌈log2 N⌉ bits of growth. */
    public static int accumulatorBits(int window, int sampleBits, int coefficientBits) {
        return sampleBits + coefficientBits + Bits.forCount(window);
    }

    /** The twiddle ROM as signed values: round((2^(T−1)−1)·cos or sin(2πp/N)), p = 0..N−1. */
    public static long[] signedTable(int window, int coefficientBits, boolean cosine) {
        double full = (1L << (coefficientBits - 1)) - 1;
        long[] t = new long[window];
        for (int p = 0; p < window; p++) {
            double phase = 2 * Math.PI * p / window;
            t[p] = Math.round(full * (cosine ? Math.cos(phase) : Math.sin(phase)));
        }
        return t;
    }

    private static long[] table(int window, int coefficientBits, boolean cosine) {
        long[] t = signedTable(window, coefficientBits, cosine);
        for (int p = 0; p < t.length; p++) t[p] &= Expr.mask(coefficientBits);
        return t;
    }

    /** Reference: re and im of bins 1..K ({@code [k][0]}, {@code [k][1]}) of the integer window, as the block computes them. */
    public static long[][] reference(long[] x, int bins, int coefficientBits) {
        int window = x.length;
        long[] c = signedTable(window, coefficientBits, true);
        long[] s = signedTable(window, coefficientBits, false);
        long[][] out = new long[bins][2];
        for (int k = 0; k < bins; k++) {
            for (int n = 0; n < window; n++) {
                int p = (int) ((long) (k + 1) * n % window);
                out[k][0] += x[n] * c[p];
                out[k][1] -= x[n] * s[p];
            }
        }
        return out;
    }

    public int window() { return window; }

    public int coefficientBits() { return coefficientBits; }

    /** Address bits of the sample buffer (2^bits words). */
    public int addressBits() { return addressBits; }
}
