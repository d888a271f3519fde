package memcim.hdl.periphery;

import memcim.hdl.Expr;
import memcim.hdl.Input;
import memcim.hdl.Module;
import memcim.hdl.Output;
import memcim.hdl.Params;

/**
 * The ternary output errors of sign backpropagation from two comparators per output neuron, a hinge on the label: the
 * label's neuron is raised (δ = −1) unless its current is above +margin; every other neuron is lowered (δ = +1) while
 * its current is above −margin. Combinational.
 *
 * <p>Ports: {@code above_pos} (C) in: current &gt; +margin; {@code above_neg} (C) in: current &gt; −margin; {@code label}
 * (⌈log2 C⌉) in; {@code err_pos} (C) out: δ = +1 (lower); {@code err_neg} (C) out: δ = −1 (raise); {@code any} (1) out:
 * some δ ≠ 0, the sample pulses.
 */
public final class OutputErrorUnit extends Module {
    public OutputErrorUnit(int classes) {
        super("output_error", Params.of("C", classes));
        Bits.require(classes >= 2 && classes <= 64, "output error unit", "2..64 classes", classes);
        Input abovePos = input("above_pos", classes);
        Input aboveNeg = input("above_neg", classes);
        Input label = input("label", Bits.forCount(classes));
        Output errPos = output("err_pos", classes);
        Output errNeg = output("err_neg", classes);
        Output any = output("any", 1);
        Expr onehot = lit(1, classes).shl(label);
        Expr neg = onehot.and(abovePos.not());
        Expr pos = onehot.not().and(aboveNeg);
        errPos.assign(pos);
        errNeg.assign(neg);
        any.assign(pos.or(neg).orReduce());
    }

    /** Reference: δ per neuron (−1, 0, +1) from the comparator words and the label. */
    public static int[] reference(long abovePos, long aboveNeg, int label, int classes) {
        int[] d = new int[classes];
        for (int k = 0; k < classes; k++) {
            if (k == label) d[k] = (abovePos >> k & 1) == 0 ? -1 : 0;
            else d[k] = (aboveNeg >> k & 1) == 1 ? 1 : 0;
        }
        return d;
    }
}
