package memcim.netlist.crossbar;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import memcim.device.array.StorageRead;
import memcim.netlist.cell.StorageCell;
import memcim.spice.NgSpice;
import org.junit.jupiter.api.Test;

/**
 * The storage-read deck in ngspice against the fast storage read: word lines select through real switches, the
 * unselected cells leak through their off resistance, and what the fast read neglects by taking them as open is
 * bounded by that leakage.
 */
class StorageReadDeckTest {
    @Test
    void ngspiceReadsWhatTheFastStorageReadGivesUpToTheOffCellsLeakage() {
        int rows = 16, cols = 6;
        SplittableRandom rng = new SplittableRandom(4);
        double[][] g = new double[rows][cols];
        for (double[] r : g) for (int j = 0; j < cols; j++) r[j] = 10e-6 * Math.pow(12, rng.nextDouble());
        StorageRead read = StorageRead.of(g, 5.0, 0.2, 0.3, 800);
        // each of the 15 unselected cells of a column passes at most V / R_off
        double leakBound = (rows - 1) * 0.2 / StorageCell.OFF_OHMS;
        try (StorageReadSession s = StorageReadSession.open(NgSpice.shared(), StorageReadDeck.build(read, "storage read test"), "test")) {
            for (int row : new int[] {0, 9, 15, 9}) {
                double[] spice = s.read(row), fast = read.columnCurrents(row);
                for (int j = 0; j < cols; j++) {
                    assertEquals(fast[j], spice[j], leakBound + 1e-9 * fast[j], "row " + row + " column " + j);
                    assertEquals(g[row][j], read.conductanceOf(spice[j]), 1e-5 * g[row][j], "decoded, row " + row + " column " + j);
                }
            }
        }
    }

    @Test
    void wiresOfZeroOhmMergeNodesAndTheReadIsTheLoneCell() {
        double[][] g = {{20e-6, 50e-6}, {100e-6, 10e-6}};
        StorageRead read = StorageRead.of(g, 0, 0.2, Double.POSITIVE_INFINITY, 800);
        StorageReadDeck deck = StorageReadDeck.build(read, "merged");
        assertFalse(deck.text().contains("RB0_0"));
        try (StorageReadSession s = StorageReadSession.open(NgSpice.shared(), deck, "merged")) {
            double[] amps = s.read(1);
            assertEquals(0.2 / (1 / 100e-6 + 800), amps[0], 1e-12 * amps[0] + 0.2 / StorageCell.OFF_OHMS);
            assertEquals(0.2 / (1 / 10e-6 + 800), amps[1], 1e-12 * amps[1] + 0.2 / StorageCell.OFF_OHMS);
        }
    }
}
