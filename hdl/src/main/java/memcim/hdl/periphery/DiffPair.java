package memcim.hdl.periphery;

import memcim.hdl.Input;
import memcim.hdl.Module;
import memcim.hdl.Output;
import memcim.hdl.Params;

/**
 * Differential weight read-out: a weight sample is G⁺ − G⁻ of two adjacent columns, so the ADC codes of the
 * two columns are subtracted. Combinational.
 *
 * <p>Ports: {@code pos}, {@code neg} (W, unsigned codes) in; {@code diff} (W+1, signed) = pos − neg.
 */
public final class DiffPair extends Module {
    public DiffPair(int width) {
        super("diff_pair", Params.of("W", width));
        Input pos = input("pos", width);
        Input neg = input("neg", width);
        Output diff = soutput("diff", width + 1);
        diff.assign(pos.resize(width + 1).asSigned().minus(neg.resize(width + 1).asSigned()));
    }

    /** Reference. */
    public static long reference(long pos, long neg) { return pos - neg; }
}
