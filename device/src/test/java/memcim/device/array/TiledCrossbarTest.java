package memcim.device.array;

import static org.junit.jupiter.api.Assertions.*;

import memcim.core.InputException;
import org.junit.jupiter.api.Test;

class TiledCrossbarTest {
    @Test
    void anAccessTransistorWithIdealWiresIsAResistorInSeries() {
        double r = 500;
        var tiles = new TiledCrossbar(0, 2, 4, CellType.ONE_T_ONE_R, r);
        double[][] g = {{1e-6, 10e-6, 25e-6, 40e-6}, {2e-6, 0, 5e-6, 1e-5}};
        double[][] e = tiles.effective(g);
        for (int i = 0; i < g.length; i++)
            for (int j = 0; j < 4; j++) assertEquals(g[i][j] / (1 + g[i][j] * r), e[i][j], 1e-9 * g[i][j] + 1e-18);
    }

    @Test
    void wiresTakeMoreFromTheCellsFartherFromTheDriversAndIdealOnesNothing() {
        int n = 32;
        double[][] g = new double[n][n];
        for (double[] row : g) java.util.Arrays.fill(row, 20e-6);
        double[][] ideal = new TiledCrossbar(0, n, n, CellType.ONE_R, 0).effective(g);
        assertArrayEquals(g[5], ideal[5]);
        double[][] e = new TiledCrossbar(2, n, n, CellType.ONE_R, 0).effective(g);
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) assertTrue(e[i][j] < g[i][j] && e[i][j] > 0.5 * g[i][j]);
        // the row drivers sit at column 0: along a row each cell loses more than the one before it
        for (int j = 1; j < n; j++) assertTrue(e[0][j] < e[0][j - 1], "column " + j);
        // smaller tiles, shorter wires: less lost at the far corner
        double[][] tiled = new TiledCrossbar(2, 8, 8, CellType.ONE_R, 0).effective(g);
        assertTrue(tiled[n - 1][n - 1] > e[n - 1][n - 1]);
        assertEquals(tiled[0][0], tiled[8][8], 1e-18, "every tile alike");
    }

    @Test
    void tilesMustHoldWholeWeights() {
        var e = assertThrows(InputException.class, () -> new TiledCrossbar(1, 8, 7, CellType.ONE_R, 0));
        assertTrue(e.getMessage().contains("an even number of rows and of columns"), e.getMessage());
        assertThrows(InputException.class, () -> new TiledCrossbar(-1, 8, 8, CellType.ONE_R, 0));
    }
}
