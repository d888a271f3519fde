package memcim.report;

import java.util.List;
import java.util.Objects;

/**
 * A report as {@link ReportWriter} writes it: {@code data}, any value Jackson can serialise, becomes
 * {@code report.json} (a system's results record, for programs); the titled sections become {@code report.html}
 * (for people), with each {@link Plot} as a PNG and its data beside the page.
 */
public record Report(String title, String generator, Object data, List<Section> sections) {
    public Report {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(generator, "generator");
        Objects.requireNonNull(data, "data");
        sections = List.copyOf(sections);
    }

    /** Every plot of the page, in page order. */
    public List<Plot> plots() {
        return sections.stream().flatMap(s -> s.blocks().stream()).filter(b -> b instanceof Plot).map(b -> (Plot) b).toList();
    }
}
