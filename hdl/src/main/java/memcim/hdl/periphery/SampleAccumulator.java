package memcim.hdl.periphery;

import java.util.ArrayList;
import java.util.List;
import memcim.hdl.Expr;
import memcim.hdl.Input;
import memcim.hdl.Module;
import memcim.hdl.Output;
import memcim.hdl.Params;
import memcim.hdl.Reg;

/**
 * Accumulation over the M weight samples: per class the sum of the sample's probabilities Σ_s p_sc (for the
 * mean prediction p̄), and the sum of the samples' entropies Σ_s H_s (for the aleatoric uncertainty).
 *
 * <p>Ports: {@code clear} (1); {@code p_valid} (1), {@code p_class} (4), {@code p} (9); {@code h_valid} (1),
 * {@code h} (12); {@code rd_addr} (4) in. Out: {@code rd_data} (W) = the sum of class rd_addr
 * (combinational), {@code h_sum} (W). Timing: on an edge, clear zeroes everything (and wins); else a valid
 * p is added to its class and a valid h to the entropy sum.
 */
public final class SampleAccumulator extends Module {
    public SampleAccumulator(int classes, int width) {
        super("sample_acc", Params.of("C", classes, "W", width));
        Bits.require(classes >= 2 && classes <= 16 && width > FixedPoint.H_BITS && width <= 32, "sample accumulator",
                "2..16 classes and 13..32-bit sums", classes + " classes, " + width + " bits");
        Input clear = input("clear", 1);
        Input pValid = input("p_valid", 1);
        Input pClass = input("p_class", 4);
        Input p = input("p", FixedPoint.P_BITS);
        Input hValid = input("h_valid", 1);
        Input h = input("h", FixedPoint.H_BITS);
        Input rdAddr = input("rd_addr", 4);
        Output rdData = output("rd_data", width);
        Output hSum = output("h_sum", width);

        List<Reg> sums = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            Reg s = reg("sum" + c, width);
            s.next(s.plus(p.resize(width)).when(pValid.and(pClass.eq(c))));
            s.next(lit(0, width).when(clear));
            sums.add(s);
        }
        Reg hs = reg("hsum", width);
        hs.next(hs.plus(h.resize(width)).when(hValid));
        hs.next(lit(0, width).when(clear));

        Expr read = lit(0, width);
        for (int c = classes - 1; c >= 0; c--) read = rdAddr.eq(c).select(sums.get(c), read);
        rdData.assign(read);
        hSum.assign(hs);
    }

    /** Reference: per-class sums of the samples' probabilities, then the sum of their entropies (last element). */
    public static long[] reference(int[][] probabilitiesPerSample, int[] entropyPerSample) {
        int classes = probabilitiesPerSample.length == 0 ? 0 : probabilitiesPerSample[0].length;
        long[] out = new long[classes + 1];
        for (int s = 0; s < probabilitiesPerSample.length; s++) {
            for (int c = 0; c < classes; c++) out[c] += probabilitiesPerSample[s][c];
            out[classes] += entropyPerSample[s];
        }
        return out;
    }
}
