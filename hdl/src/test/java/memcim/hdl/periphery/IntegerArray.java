package memcim.hdl.periphery;

import java.util.SplittableRandom;

/** A stand-in for the analog arrays in tests: integer conductances, column signal = Σ driven rows' conductance. */
final class IntegerArray implements ArrayReadout {
    private final int[][][][] g; // [sample][layer][column][row]

    IntegerArray(PeripheryConfig c, long seed, int maxG) {
        SplittableRandom r = new SplittableRandom(seed);
        g = new int[c.samples()][2][c.columns()][c.inputs()];
        for (int[][][] s : g) for (int[][] l : s) for (int[] col : l) for (int i = 0; i < col.length; i++) col[i] = r.nextInt(maxG + 1);
    }

    int signal(int sample, int layer, int column, long wordLines) {
        int sum = 0;
        for (int i = 0; i < 64; i++) if ((wordLines >> i & 1) != 0) sum += g[sample][layer][column][i];
        return sum;
    }

    @Override
    public boolean comparator(int sample, int layer, int column, long wordLines, int dacCode) {
        return signal(sample, layer, column, wordLines) >= dacCode;
    }
}
