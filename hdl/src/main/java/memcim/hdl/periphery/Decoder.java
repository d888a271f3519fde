package memcim.hdl.periphery;

import memcim.hdl.Input;
import memcim.hdl.Module;
import memcim.hdl.Output;
import memcim.hdl.Params;

/**
 * One-hot decoder with enable: selects one bit line (column) or word line of an array, e.g. the column
 * routed to the ADC. Combinational.
 *
 * <p>Ports: {@code addr} (addressBits), {@code en} (1) in; {@code sel} (lines) out: bit {@code addr} set when
 * {@code en}=1 and {@code addr < lines}, else all zero.
 */
public final class Decoder extends Module {
    public Decoder(int addressBits, int lines) {
        super("decoder", Params.of("A", addressBits, "N", lines));
        Bits.require(lines >= 2 && lines <= 64 && addressBits <= 6 && (1L << addressBits) >= lines,
                "decoder", "2..64 lines addressable with at most 6 address bits", addressBits + " bits for " + lines + " lines");
        Input addr = input("addr", addressBits);
        Input en = input("en", 1);
        Output sel = output("sel", lines);
        sel.assign(en.select(lit(1, lines).shl(addr), lit(0, lines)));
    }

    /** Reference. */
    public static long reference(int addr, boolean en, int lines) {
        return en && addr < lines ? 1L << addr : 0;
    }
}
