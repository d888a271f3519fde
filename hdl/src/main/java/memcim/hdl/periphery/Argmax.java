package memcim.hdl.periphery;

import memcim.hdl.Expr;
import memcim.hdl.Input;
import memcim.hdl.Module;
import memcim.hdl.Output;
import memcim.hdl.Params;
import memcim.hdl.Reg;

/**
 * Streaming argmax: values arrive one per cycle with their index; the first maximum wins ties.
 *
 * <p>Ports: {@code valid}, {@code first} (1), {@code index} (4), {@code value} (W, unsigned) in;
 * {@code best_index} (4), {@code best_value} (W) out. Timing: on an edge with valid=1 the value is taken if
 * first=1 (it starts a new search) or it is strictly greater than the best so far; the outputs show the
 * result from the next cycle on.
 */
public final class Argmax extends Module {
    public Argmax(int width) {
        super("argmax", Params.of("W", width));
        Input valid = input("valid", 1);
        Input first = input("first", 1);
        Input index = input("index", 4);
        Input value = input("value", width);
        Output bestIndex = output("best_index", 4);
        Output bestValue = output("best_value", width);
        Reg bi = reg("bi", 4);
        Reg bv = reg("bv", width);
        Expr take = valid.and(first.or(value.gt(bv)));
        bi.next(index.when(take));
        bv.next(value.when(take));
        bestIndex.assign(bi);
        bestValue.assign(bv);
    }

    /** Reference: the index of the first maximum. */
    public static int reference(long[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
        return best;
    }
}
