package memcim.report;

import java.util.List;

/**
 * A table of text cells under named columns; the totals rows (MAC only, full chip) come last and are set as
 * headings. Every row has one cell per column, so that nothing is silently shifted into the wrong column.
 */
public record Table(List<String> columns, List<List<String>> rows, List<List<String>> totals) implements Block {
    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        totals = totals.stream().map(List::copyOf).toList();
        requireWidth(columns, rows, "row");
        requireWidth(columns, totals, "totals row");
    }

    public Table(List<String> columns, List<List<String>> rows) { this(columns, rows, List.of()); }

    private static void requireWidth(List<String> columns, List<List<String>> rows, String what) {
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).size() != columns.size()) {
                throw new IllegalArgumentException("table " + columns + ": " + what + " " + (r + 1) + " has "
                        + rows.get(r).size() + " cells, expected " + columns.size());
            }
        }
    }
}
