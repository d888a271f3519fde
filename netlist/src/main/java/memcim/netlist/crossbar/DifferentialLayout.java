package memcim.netlist.crossbar;

import java.util.ArrayList;
import java.util.List;
import memcim.core.InputException;

/**
 * Where the two cells of a signed weight (G⁺ − G⁻) go: in adjacent columns of one array (INTERLEAVED: column
 * 2k is G⁺ of output k, 2k+1 its G⁻), or in two arrays side by side that share the row drivers (SPLIT:
 * columns 0..n−1 form the G⁺ array, n..2n−1 the G⁻ array, each with its own row wire from the driver).
 */
public enum DifferentialLayout {
    INTERLEAVED, SPLIT;

    /** Physical conductances, the column pairs (plus, minus) and the first column of each array. */
    public record Placement(double[][] conductanceSiemens, List<int[]> pairs, List<Integer> arrayStarts) {}

    public Placement place(double[][] plusSiemens, double[][] minusSiemens) {
        int rows = plusSiemens.length;
        if (rows == 0 || minusSiemens.length != rows || plusSiemens[0].length != minusSiemens[0].length) {
            throw new InputException("differential layout", "G+ and G- matrices of the same shape",
                    rows + " and " + minusSiemens.length + " rows");
        }
        int n = plusSiemens[0].length;
        double[][] g = new double[rows][2 * n];
        List<int[]> pairs = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int plus = this == INTERLEAVED ? 2 * k : k;
            int minus = this == INTERLEAVED ? 2 * k + 1 : n + k;
            pairs.add(new int[] {plus, minus});
            for (int i = 0; i < rows; i++) {
                g[i][plus] = plusSiemens[i][k];
                g[i][minus] = minusSiemens[i][k];
            }
        }
        return new Placement(g, pairs, this == INTERLEAVED ? List.of(0) : List.of(0, n));
    }

    /** The pairs and array starts of this layout for an array of {@code cols} physical columns (even). */
    public Placement pairsOnly(int rows, int cols) {
        if (cols % 2 != 0) throw new InputException("--cols", "an even number of columns for a differential layout", String.valueOf(cols));
        return place(new double[rows][cols / 2], new double[rows][cols / 2]);
    }
}
