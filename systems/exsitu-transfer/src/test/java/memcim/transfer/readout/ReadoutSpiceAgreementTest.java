package memcim.transfer.readout;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Locale;
import memcim.netlist.cell.StorageCell;
import org.junit.jupiter.api.Test;

/**
 * The fast model against ngspice (in-process, the netlist module's storage-read deck) on arrays programmed from the
 * hfox-1t1r card, read as the transfer chip reads them: one word line on, bit lines at 0.2 V, 1 ohm per wire
 * segment, the card's own cell (1T1R, 800 ohm access, sinh I-V with V0 = 0.3 V). The fast read takes the unselected
 * transistors as open; in SPICE each leaks at most V / R_off, the bound the comparison allows.
 */
class ReadoutSpiceAgreementTest {
    private static ArrayReadout cardArray(int n, long seed) {
        return ArrayReadout.forCard(CardArrays.programmed(n, n, seed), CardArrays.CARD, ArrayReadout.REFERENCE_SEGMENT_OHMS,
                ArrayReadout.REFERENCE_READ_VOLTS);
    }

    /** What the fast read neglects per column: the other rows' off switches, V / R_off each at most. */
    private static double leakBound(int rows) {
        return (rows - 1) * ArrayReadout.REFERENCE_READ_VOLTS / StorageCell.OFF_OHMS;
    }

    private static double[][] fastRows(ArrayReadout readout, int[] rows) {
        double[][] out = new double[rows.length][];
        for (int k = 0; k < rows.length; k++) out[k] = readout.fastRow(rows[k]);
        return out;
    }

    /**
     * Eight rows of a 32x32 array, top to bottom. Measured: max |fast − SPICE| 6.2e-12 A (3.3e-7 of the row's full
     * scale): the 31 off cells' leakage, 31 × 0.2 V / 1 TΩ, and nothing else.
     */
    @Test
    void eightRowsOfA32By32ArrayAgree() {
        ArrayReadout readout = cardArray(32, 11);
        int[] rows = {0, 4, 9, 13, 18, 22, 27, 31};
        ReadoutAgreement a = ReadoutAgreement.of(rows, fastRows(readout, rows), readout.spiceRows(rows, null));
        System.out.printf(Locale.ROOT, "readout 32x32: max |fast - SPICE| %.3g A, %.3g of the row's full scale (row %d)%n",
                a.maxAbsErrorAmps(), a.maxRelativeError(), a.worstRow());
        assertTrue(a.maxAbsErrorAmps() < leakBound(32), "32x32 fast vs SPICE: " + a);
    }

    /**
     * The transfer chip's 128x128 array (16,384 cells), five rows from top to bottom. Prints both reads' time.
     * Measured (2-core machine, another job on the other core): SPICE 7.8 s for load + row 0, 5.3 s per later row;
     * fast 0.1 ms per row; max |fast − SPICE| 2.54e-11 A on every row, the 127 off cells' leakage bound itself.
     */
    @Test
    void fiveRowsOfThe128By128ArrayAgree() {
        ArrayReadout readout = cardArray(128, 7);
        int[] rows = {0, 31, 63, 95, 127};
        long[] done = new long[rows.length];
        long t0 = System.nanoTime();
        double[][] spice = readout.spiceRows(rows, (k, total, row) -> done[k - 1] = System.nanoTime());
        double firstSeconds = (done[0] - t0) / 1e9;
        double laterSeconds = rows.length < 2 ? Double.NaN : (done[rows.length - 1] - done[0]) / 1e9 / (rows.length - 1);
        long f0 = System.nanoTime();
        double[][] fast = fastRows(readout, rows); // includes building the model (cold JIT)
        double fastColdMillis = (System.nanoTime() - f0) / 1e6;
        long f1 = System.nanoTime();
        int reps = 20;
        for (int k = 0; k < reps; k++) readout.fastRow(rows[k % rows.length]);
        double fastWarmMillis = (System.nanoTime() - f1) / 1e6 / reps;
        long f2 = System.nanoTime();
        readout.fastRows();
        double fastAllSeconds = (System.nanoTime() - f2) / 1e9;
        ReadoutAgreement a = ReadoutAgreement.of(rows, fast, spice);
        System.out.printf(Locale.ROOT, "readout 128x128: SPICE load + first row %.1f s, later rows %.1f s each (wall);"
                        + " fast first rows %.1f ms (cold), then %.2f ms per row, all 128 rows %.2f s%n",
                firstSeconds, laterSeconds, fastColdMillis, fastWarmMillis, fastAllSeconds);
        for (ReadoutAgreement.Row r : a.perRow()) {
            System.out.printf(Locale.ROOT, "readout 128x128 row %d: full scale %.4g A, max |fast - SPICE| %.3g A (%.3g), column %d%n",
                    r.row(), r.fullScaleAmps(), r.maxAbsErrorAmps(), r.maxRelativeError(), r.worstColumn());
        }
        assertTrue(a.maxAbsErrorAmps() < leakBound(128), "128x128 fast vs SPICE: " + a);
    }
}
