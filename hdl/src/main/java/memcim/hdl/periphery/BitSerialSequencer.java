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
 * Bit-serial input sequencer: stores {@code inputs} values of {@code bits} bits as bit planes and presents
 * plane {@code phase} as the word-line selection, so a 3-bit input vector X is applied as three binary
 * vectors X0, X1, X2 (the array currents then recombine as I = X0 + 2·X1 + 4·X2, see {@link ShiftAdd}).
 *
 * <p>Ports: {@code load_en}, {@code load_addr}, {@code load_data} (bits) in: on an edge with load_en=1, input
 * {@code load_addr} takes the value load_data. {@code phase} (2), {@code enable} (1) in; {@code wl_sel}
 * (inputs) out, combinational: bit i = bit {@code phase} of input i when enable=1, else 0.
 */
public final class BitSerialSequencer extends Module {
    public BitSerialSequencer(int inputs, int bits) {
        super("bitserial_seq", Params.of("N", inputs, "B", bits));
        Bits.require(inputs >= 2 && inputs <= 64 && bits >= 1 && bits <= 3, "bit-serial sequencer",
                "2..64 inputs of 1..3 bits", inputs + " inputs of " + bits + " bits");
        int addrBits = Bits.forCount(inputs);
        Input loadEn = input("load_en", 1);
        Input loadAddr = input("load_addr", addrBits);
        Input loadData = input("load_data", bits);
        Input phase = input("phase", 2);
        Input enable = input("enable", 1);
        Output wl = output("wl_sel", inputs);

        Expr hit = lit(1, inputs).shl(loadAddr);
        List<Reg> planes = new ArrayList<>();
        for (int k = 0; k < bits; k++) {
            Reg plane = reg("plane" + k, inputs);
            Expr bitK = loadData.bit(k).resize(inputs).shl(loadAddr);
            plane.next(plane.and(hit.not()).or(bitK).when(loadEn));
            planes.add(plane);
        }
        Expr selected = planes.get(0);
        for (int k = 1; k < bits; k++) selected = phase.eq(k).select(planes.get(k), selected);
        wl.assign(enable.and(phase.lt(bits)).select(selected, lit(0, inputs)));
    }

    /** Reference: the word lines of a phase for input values {@code x}. */
    public static long wordLines(int[] x, int phase) {
        long wl = 0;
        for (int i = 0; i < x.length; i++) if (((x[i] >> phase) & 1) != 0) wl |= 1L << i;
        return wl;
    }
}
