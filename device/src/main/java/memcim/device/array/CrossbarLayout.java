package memcim.device.array;

/**
 * Which wire nodes of an array are unknowns and how they are numbered. A node whose wire segments are 0 Ω is
 * merged with its driver (row) or the virtual ground (column) and is a known voltage, index −1.
 */
final class CrossbarLayout {
    final int rows;
    final int cols;
    final boolean rowWire;
    final boolean colWire;
    final double gRow;
    final double gCol;
    /** Unknown index of row node (i, j) at [i·cols + j], or −1. */
    final int[] rowNode;
    /** Unknown index of column node (i, j) at [i·cols + j], or −1. */
    final int[] colNode;
    final int unknowns;
    final int halfBandwidth;

    private CrossbarLayout(CrossbarReadSpec spec, boolean banded) {
        rows = spec.rows();
        cols = spec.cols();
        rowWire = spec.rowSegmentOhms() > 0;
        colWire = spec.colSegmentOhms() > 0;
        gRow = rowWire ? 1 / spec.rowSegmentOhms() : 0;
        gCol = colWire ? 1 / spec.colSegmentOhms() : 0;
        rowNode = new int[rows * cols];
        colNode = new int[rows * cols];
        unknowns = ((rowWire ? 1 : 0) + (colWire ? 1 : 0)) * rows * cols;
        if (banded) {
            int byRows = numberInterleaved(true);
            int byCols = numberInterleaved(false);
            if (byRows <= byCols) numberInterleaved(true);
            halfBandwidth = Math.min(byRows, byCols);
        } else {
            numberByLines();
            halfBandwidth = -1;
        }
    }

    /** Row and column node of each cell next to each other, cells taken along the shorter side: a narrow band. */
    static CrossbarLayout banded(CrossbarReadSpec spec) {
        return new CrossbarLayout(spec, true);
    }

    /** All row nodes row by row, then all column nodes column by column: each wire is a contiguous run. */
    static CrossbarLayout lines(CrossbarReadSpec spec) {
        return new CrossbarLayout(spec, false);
    }

    int cell(int i, int j) {
        return i * cols + j;
    }

    private int numberInterleaved(boolean rowMajor) {
        int k = 0;
        int outer = rowMajor ? rows : cols, inner = rowMajor ? cols : rows;
        for (int a = 0; a < outer; a++) {
            for (int b = 0; b < inner; b++) {
                int c = rowMajor ? cell(a, b) : cell(b, a);
                rowNode[c] = rowWire ? k++ : -1;
                colNode[c] = colWire ? k++ : -1;
            }
        }
        int band = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                int r = rowNode[cell(i, j)], c = colNode[cell(i, j)];
                if (r >= 0 && j + 1 < cols) band = Math.max(band, Math.abs(r - rowNode[cell(i, j + 1)]));
                if (c >= 0 && i + 1 < rows) band = Math.max(band, Math.abs(c - colNode[cell(i + 1, j)]));
                if (r >= 0 && c >= 0) band = Math.max(band, Math.abs(r - c));
            }
        }
        return band;
    }

    private void numberByLines() {
        int base = rowWire ? rows * cols : 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                rowNode[cell(i, j)] = rowWire ? cell(i, j) : -1;
                colNode[cell(i, j)] = colWire ? base + j * rows + i : -1;
            }
        }
    }

    /** First unknown index of the column-node block in the line numbering. */
    int colBase() {
        return rowWire ? rows * cols : 0;
    }
}
