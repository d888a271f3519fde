package memcim.transfer.readout;

import java.util.ArrayList;
import java.util.List;
import memcim.core.InputException;

/**
 * How closely two reads of the same rows agree, typically the fast model against SPICE. Errors are absolute
 * (amperes) and relative to each row's full-scale current: the largest |column current| of that row in the
 * reference read, the current the sense chain must resolve for that row (a column of a low-conductance cell is
 * judged on the row's scale, not its own, as an ADC of that range would see it). Plain fields only: written as is
 * by {@code memcim.core.Json}.
 *
 * @param perRow           one entry per row compared, in the order given
 * @param maxAbsErrorAmps  largest |candidate − reference| over all rows and columns
 * @param maxRelativeError largest per-row relative error
 * @param worstRow         the array row of {@code maxRelativeError}
 */
public record ReadoutAgreement(List<Row> perRow, double maxAbsErrorAmps, double maxRelativeError, int worstRow) {
    /**
     * @param row              the array row
     * @param fullScaleAmps    largest |current| of the row's reference read (the candidate's if that is all 0)
     * @param maxAbsErrorAmps  largest |candidate − reference| over its columns
     * @param maxRelativeError {@code maxAbsErrorAmps / fullScaleAmps} (0 when both reads are all 0)
     * @param worstColumn      the column of {@code maxAbsErrorAmps}
     */
    public record Row(int row, double fullScaleAmps, double maxAbsErrorAmps, double maxRelativeError, int worstColumn) {}

    public ReadoutAgreement {
        perRow = List.copyOf(perRow);
    }

    /**
     * Compares {@code candidate[k]} with {@code reference[k]}, both the column currents of array row {@code rows[k]}.
     */
    public static ReadoutAgreement of(int[] rows, double[][] candidate, double[][] reference) {
        if (rows == null || candidate == null || reference == null) {
            throw new InputException("ReadoutAgreement", "rows, candidate and reference reads", "null");
        }
        if (candidate.length != rows.length || reference.length != rows.length) {
            throw new InputException("ReadoutAgreement reads", rows.length + " reads (one per row) on each side",
                    candidate.length + " candidate, " + reference.length + " reference");
        }
        List<Row> out = new ArrayList<>();
        double maxAbs = 0, maxRel = 0;
        int worstRow = rows.length == 0 ? -1 : rows[0];
        for (int k = 0; k < rows.length; k++) {
            double[] c = candidate[k], r = reference[k];
            if (c == null || r == null || c.length != r.length) {
                throw new InputException("ReadoutAgreement row " + rows[k], "the same number of columns on each side",
                        (c == null ? "null" : c.length) + " candidate, " + (r == null ? "null" : r.length) + " reference");
            }
            double fullScale = 0, abs = 0;
            int worstColumn = 0;
            for (int j = 0; j < r.length; j++) {
                if (!Double.isFinite(c[j]) || !Double.isFinite(r[j])) {
                    throw new InputException("ReadoutAgreement row " + rows[k] + " column " + j, "finite currents",
                            c[j] + " candidate, " + r[j] + " reference");
                }
                fullScale = Math.max(fullScale, Math.abs(r[j]));
                double e = Math.abs(c[j] - r[j]);
                if (e > abs) {
                    abs = e;
                    worstColumn = j;
                }
            }
            // an all-zero reference read has no scale of its own: judge it on the candidate's, so the figure stays finite
            if (fullScale == 0) for (double x : c) fullScale = Math.max(fullScale, Math.abs(x));
            double rel = abs == 0 ? 0 : abs / fullScale;
            out.add(new Row(rows[k], fullScale, abs, rel, worstColumn));
            maxAbs = Math.max(maxAbs, abs);
            if (rel > maxRel) {
                maxRel = rel;
                worstRow = rows[k];
            }
        }
        return new ReadoutAgreement(out, maxAbs, maxRel, worstRow);
    }
}
