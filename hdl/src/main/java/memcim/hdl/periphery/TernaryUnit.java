package memcim.hdl.periphery;

import memcim.hdl.Input;
import memcim.hdl.Module;
import memcim.hdl.Output;
import memcim.hdl.Params;

/**
 * The ternary hidden errors of sign backpropagation: the back-propagated current of each hidden neuron against ±dead
 * zone (two comparators), gated by the straight-through window of its forward current (a comparator pair: |a| &lt;
 * window). Combinational; a tile of up to 64 neurons.
 *
 * <p>Ports: {@code e_pos} (N) in: back current &gt; +dead zone; {@code e_neg} (N) in: back current &lt; −dead zone;
 * {@code in_window} (N) in; {@code err_pos} (N) out: δ = +1; {@code err_neg} (N) out: δ = −1.
 */
public final class TernaryUnit extends Module {
    public TernaryUnit(int neurons) {
        super("ternary_unit", Params.of("N", neurons));
        Bits.require(neurons >= 1 && neurons <= 64, "ternary unit", "1..64 neurons", neurons);
        Input ePos = input("e_pos", neurons);
        Input eNeg = input("e_neg", neurons);
        Input window = input("in_window", neurons);
        Output errPos = output("err_pos", neurons);
        Output errNeg = output("err_neg", neurons);
        // both comparators on at once cannot happen with a dead zone >= 0; if they do (offsets), no pulse
        errPos.assign(ePos.and(eNeg.not()).and(window));
        errNeg.assign(eNeg.and(ePos.not()).and(window));
    }

    /** Reference: δ of one neuron. */
    public static int reference(boolean ePos, boolean eNeg, boolean inWindow) {
        if (!inWindow || ePos == eNeg) return 0;
        return ePos ? 1 : -1;
    }
}
