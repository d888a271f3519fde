package memcim.report;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import memcim.core.AtomicFiles;
import memcim.core.Json;

/**
 * Writes a report into a folder: each plot's PNG and its chart data ({@code <name>.json}), {@code report.json}
 * and, last, {@code report.html}, so that a page that exists has all its figures. Every file is written atomically.
 */
public final class ReportWriter {
    public static final String JSON_FILE = "report.json", HTML_FILE = "report.html";

    private ReportWriter() {}

    public static void write(Path dir, Report report) {
        requireDistinctFiles(report);
        for (Plot p : report.plots()) {
            AtomicFiles.write(dir.resolve(p.fileName()), p.png());
            AtomicFiles.write(dir.resolve(p.dataFileName()), Json.write(p.chart()));
        }
        Json.writeFile(dir.resolve(JSON_FILE), report.data());
        AtomicFiles.write(dir.resolve(HTML_FILE), HtmlPage.render(report));
    }

    /** Checked before anything is written: two figures (or a figure's data and report.json) in one file would be lost. */
    private static void requireDistinctFiles(Report report) {
        Set<String> files = new HashSet<>(Set.of(JSON_FILE, HTML_FILE));
        for (Plot p : report.plots()) {
            for (String f : new String[] {p.fileName(), p.dataFileName()}) {
                if (!files.add(f)) {
                    throw new IllegalArgumentException("report '" + report.title() + "': plot " + p.fileName()
                            + " would write " + f + ", which another file of the report already uses");
                }
            }
        }
    }
}
