package memcim.hdl.periphery;

import memcim.hdl.Input;
import memcim.hdl.Module;
import memcim.hdl.Output;
import memcim.hdl.Params;

/**
 * Word-line and source-line driver enables of a 1T1R array during a read: a selected row's word-line driver
 * applies V_read only while {@code read_en} is high (the bit-serial phase's bits come from the sequencer);
 * the source lines are grounded for the same window. Combinational.
 *
 * <p>Ports: {@code wl_sel} (rows), {@code read_en} (1) in; {@code wl_drive} (rows) = wl_sel when read_en else
 * 0; {@code sl_en} (1) = read_en.
 */
public final class WordLineDriver extends Module {
    public WordLineDriver(int rows) {
        super("wordline_driver", Params.of("ROWS", rows));
        Input sel = input("wl_sel", rows);
        Input readEn = input("read_en", 1);
        Output drive = output("wl_drive", rows);
        Output slEn = output("sl_en", 1);
        drive.assign(sel.and(readEn.repeat(rows)));
        slEn.assign(readEn);
    }

    /** Reference. */
    public static long reference(long wlSel, boolean readEn) { return readEn ? wlSel : 0; }
}
