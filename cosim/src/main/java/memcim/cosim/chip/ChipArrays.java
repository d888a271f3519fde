package memcim.cosim.chip;

import java.util.ArrayList;
import java.util.List;
import memcim.hdl.spec.ChipSpec;
import memcim.mapping.ProgrammedLayers;

/**
 * The chip's physical arrays, programmed: one layer-1 array per weight sample (inputs × 2·hidden cells), and
 * layer-2 arrays each holding {@link ChipSpec#layer2BlocksPerArray()} samples' hidden × 2·outputs blocks stacked
 * by rows (read one block at a time: the other block's rows stay at 0 V). Unused cells are left RESET, at the
 * device's off conductance. M = 50 gives the published 75 arrays.
 */
public final class ChipArrays {
    /** Where a (sample, layer) block lives: the array and its first row. */
    public record Placement(int array, int rowOffset) {}

    private final ChipSpec chip;
    private final List<double[][]> arrays = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    private ChipArrays(ChipSpec chip) {
        this.chip = chip;
    }

    public static ChipArrays assemble(ChipSpec chip, ProgrammedLayers net, double offSiemens) {
        ChipArrays a = new ChipArrays(chip);
        int m = chip.network().samples();
        int rows = chip.array().rows(), cols = chip.array().columns();
        for (int s = 0; s < m; s++) {
            a.arrays.add(embed(net.arraySiemens(s, 0), rows, cols, offSiemens, null, 0));
            a.names.add(String.format("l1_s%02d", s));
        }
        int per = chip.layer2BlocksPerArray();
        for (int first = 0; first < m; first += per) {
            double[][] g = fill(rows, cols, offSiemens);
            StringBuilder name = new StringBuilder("l2");
            for (int b = 0; b < per && first + b < m; b++) {
                embed(net.arraySiemens(first + b, 1), rows, cols, offSiemens, g, b * chip.network().hidden());
                name.append(String.format("_s%02d", first + b));
            }
            a.arrays.add(g);
            a.names.add(name.toString());
        }
        return a;
    }

    private static double[][] fill(int rows, int cols, double value) {
        double[][] g = new double[rows][cols];
        for (double[] r : g) java.util.Arrays.fill(r, value);
        return g;
    }

    private static double[][] embed(double[][] block, int rows, int cols, double off, double[][] into, int rowOffset) {
        double[][] g = into != null ? into : fill(rows, cols, off);
        for (int i = 0; i < block.length; i++) System.arraycopy(block[i], 0, g[rowOffset + i], 0, block[i].length);
        return g;
    }

    public Placement place(int sample, int layer) {
        if (layer == 0) return new Placement(sample, 0);
        int per = chip.layer2BlocksPerArray();
        return new Placement(chip.network().samples() + sample / per, (sample % per) * chip.network().hidden());
    }

    public int count() { return arrays.size(); }

    public double[][] conductanceSiemens(int array) { return arrays.get(array); }

    public String name(int array) { return names.get(array); }

    /** Row voltages of an array for a word-line word of the block at {@code rowOffset} (bit i = block row i). */
    public double[] rowVolts(long wordLines, int rowOffset) {
        double[] v = new double[chip.array().rows()];
        for (int i = 0; i + rowOffset < v.length && i < 64; i++) {
            if (((wordLines >>> i) & 1) != 0) v[rowOffset + i] = chip.read().vReadVolts();
        }
        return v;
    }
}
