package memcim.mapping;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import memcim.device.DeviceModel;
import memcim.device.DevicePresets;
import memcim.device.PowerDrift;
import memcim.device.ProgrammedArray;
import org.junit.jupiter.api.Test;

class DriftCompensationTest {
    static final double MONTH = 30 * 86400.0;

    static double[][] randomWeights(int rows, int cols, double max, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] w = new double[rows][cols];
        for (double[] row : w) for (int j = 0; j < cols; j++) row[j] = (2 * r.nextDouble() - 1) * max;
        return w;
    }

    static double[][] cells(WeightConverter c, double[][] w) {
        int n = c.cellsPerWeight();
        double[][] g = new double[w.length][w[0].length * n];
        for (int i = 0; i < w.length; i++)
            for (int j = 0; j < w[i].length; j++) System.arraycopy(c.encode(w[i][j]), 0, g[i], j * n, n);
        return g;
    }

    @Test
    void aUniformPowerLawDriftIsUndoneExactly() {
        // every cell G·(t/t₀)^−ν with one ν: differences, and so weights, shrink by the same (t/t₀)^−ν
        var pair = new MultiPair(2, 2, 10e-6, new ConductanceRange(0.1e-6, 25e-6));
        double[][] w = randomWeights(16, 8, pair.maxWeight(), 3);
        double[][] g = cells(pair, w);
        PowerDrift drift = new PowerDrift(0.05, 0);
        double[][] drifted = new double[g.length][g[0].length];
        for (int i = 0; i < g.length; i++) for (int k = 0; k < g[i].length; k++) drifted[i][k] = drift.at(g[i][k], 0.05, MONTH, 20);
        double[][] read = pair.decodeArray(drifted), ref = pair.decodeArray(g);
        double shrink = Math.pow(MONTH / 20, -0.05);
        assertEquals(w[2][3] * shrink, DriftCompensation.NONE.apply(ref, read)[2][3], 1e-12);
        for (DriftCompensation c : new DriftCompensation[]{DriftCompensation.GLOBAL, DriftCompensation.COLUMN}) {
            double[][] back = c.apply(ref, read);
            for (int i = 0; i < w.length; i++) assertArrayEquals(w[i], back[i], 1e-12, c + " row " + i);
        }
    }

    @Test
    void onThePcmCardCompensationRestoresTheMeanAndMostOfTheError() {
        DeviceModel pcm = new DeviceModel(DevicePresets.load("pcm"));
        var pair = new MultiPair(2, 2, 5e-6, new ConductanceRange(pcm.card().offSiemens(), 20e-6));
        double[][] w = randomWeights(64, 16, pair.maxWeight(), 5);
        ProgrammedArray array = ProgrammedArray.programTargets(pcm, cells(pair, w), 9);
        double[][] ref = pair.decodeArray(array.conductancesAt(pcm.card().measurementSeconds()));
        double[][] late = pair.decodeArray(array.conductancesAt(MONTH));
        double[][] global = DriftCompensation.GLOBAL.apply(ref, late), column = DriftCompensation.COLUMN.apply(ref, late);
        assertEquals(meanAbs(ref, 0, 16), meanAbs(global, 0, 16), 1e-12 * meanAbs(ref, 0, 16));
        for (int j = 0; j < 16; j++) assertEquals(meanAbs(ref, j, j + 1), meanAbs(column, j, j + 1), 1e-12 * meanAbs(ref, j, j + 1));
        assertTrue(meanAbs(late, 0, 16) < 0.8 * meanAbs(ref, 0, 16), "a month of PCM drift shrinks the weights");
        double none = error(w, late), withGlobal = error(w, global), withColumn = error(w, column);
        assertTrue(withGlobal < none / 3, "global " + withGlobal + " against none " + none);
        assertTrue(withColumn <= withGlobal * 1.1, "column " + withColumn + " against global " + withGlobal);
    }

    static double meanAbs(double[][] w, int from, int to) {
        double s = 0;
        int n = 0;
        for (double[] row : w) for (int j = from; j < to; j++) { s += Math.abs(row[j]); n++; }
        return s / n;
    }

    static double error(double[][] target, double[][] got) {
        double s = 0;
        int n = 0;
        for (int i = 0; i < target.length; i++) for (int j = 0; j < target[i].length; j++) { s += Math.pow(got[i][j] - target[i][j], 2); n++; }
        return s / n;
    }
}
