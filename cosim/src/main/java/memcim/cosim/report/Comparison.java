package memcim.cosim.report;

import java.util.List;

/**
 * Measured figures beside published ones, quantity by quantity: a row per quantity, a column per measured path, the
 * published value last (null where the publication gives none), and a note where the two differ for a known reason.
 *
 * @param basis what was measured on (data, split, beats)
 */
public record Comparison(String title, String basis, List<String> columns, List<Row> rows, List<String> notes) {
    public Comparison {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
        for (Row r : rows)
            if (r.values().size() != columns.size())
                throw new IllegalArgumentException(r.quantity() + ": " + r.values().size() + " values for " + columns.size() + " columns");
    }

    /**
     * @param values one per column, NaN where a path does not measure it
     * @param percent whether the quantity is a fraction shown in per cent (else a score such as an AUROC)
     */
    public record Row(String quantity, List<Double> values, Double published, boolean percent, String note) {}
}
