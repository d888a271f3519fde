package memcim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import memcim.core.Json;
import memcim.report.plot.Axis;
import memcim.report.plot.BarChart;
import memcim.report.plot.Chart;
import memcim.report.plot.LineChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder a report is written to: every figure the page names is there, with its data; the page escapes text. */
class ReportWriterTest {
    @TempDir Path dir;

    private static final Plot ENERGY = new Plot("energy.png", "Energy <by part>", BarChart.of("Energy", "",
            Axis.log("energy", "J"), List.of("MAC", "TIA"), new double[] {4e-9, 2e-6}));
    private static final Plot SWEEP = new Plot("samples.png", "Accuracy vs M", new LineChart("Accuracy", Axis.linear("M"),
            Axis.linear("accuracy"), List.of(LineChart.Series.of("fast", new double[] {1, 10, 50}, new double[] {0.6, 0.8, 0.82}))));

    private static Report report(Plot... plots) {
        return new Report("Test & report", "memcim test", Map.of("accuracy", 0.82, "path", "fast"), List.of(
                Section.of("Results", new Table(List.of("path", "accuracy"), List.of(List.of("fast <float>", "82 %"))),
                        new Block.Paragraph("a \"quoted\" note")),
                new Section("Figures", List.of(plots)),
                Section.of("Notes", new Block.Bullets(List.of("one", "two")), new Block.Preformatted("x < y"))));
    }

    @Test
    void thePageNamesEveryFigureAndEachIsThereWithItsData() throws Exception {
        ReportWriter.write(dir, report(ENERGY, SWEEP));
        String html = Files.readString(dir.resolve("report.html"));
        List<String> linked = new ArrayList<>();
        Matcher m = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(html);
        while (m.find()) linked.add(m.group(1));
        assertEquals(List.of("energy.png", "energy.json", "samples.png", "samples.json"), linked);
        for (String f : linked) assertTrue(Files.size(dir.resolve(f)) > 0, f);
        assertArrayEquals(ENERGY.png(), Files.readAllBytes(dir.resolve("energy.png")));
        assertEquals(SWEEP.chart(), Json.readNonFinite(dir.resolve("samples.json"), Chart.class), "the data beside the figure");
    }

    @Test
    void reportJsonIsTheDataAndThePageEscapesEveryText() throws Exception {
        ReportWriter.write(dir, report(ENERGY));
        JsonNode json = Json.readTree(dir.resolve("report.json"));
        assertEquals(0.82, json.get("accuracy").asDouble(), 0);
        assertEquals("fast", json.get("path").asText());
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("<title>Test &amp; report</title>"), html);
        assertTrue(html.contains("<h2>Figures</h2>"), html);
        assertTrue(html.contains("<tr><th>path</th><th>accuracy</th></tr>"), html);
        assertTrue(html.contains("<td>fast &lt;float&gt;</td>"), html);
        assertTrue(html.contains("<p>a &quot;quoted&quot; note</p>"), html);
        assertTrue(html.contains("<pre>x &lt; y</pre>"), html);
        assertTrue(html.contains("<li>two</li>"), html);
        assertTrue(html.contains("alt=\"Energy &lt;by part&gt;\""), html);
    }

    @Test
    void writingTheSameReportAgainGivesTheSameFiles() throws Exception {
        Path other = dir.resolve("again");
        ReportWriter.write(dir, report(ENERGY, SWEEP));
        ReportWriter.write(other, report(ENERGY, SWEEP));
        for (String f : List.of("report.html", "report.json", "energy.png", "energy.json", "samples.png", "samples.json")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve(f)), Files.readAllBytes(other.resolve(f)), f);
        }
    }

    @Test
    void figuresThatWouldShareAFileAreRefusedBeforeAnythingIsWritten() throws Exception {
        Plot clash = new Plot("report.png", "named like the report", ENERGY.chart());
        var e = assertThrows(IllegalArgumentException.class, () -> ReportWriter.write(dir, report(ENERGY, clash)));
        assertTrue(e.getMessage().contains("report.json"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReportWriter.write(dir, report(ENERGY, ENERGY)));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "nothing written");
        }
    }

    @Test
    void aPlotFileIsAPlainPngNameAndTableRowsFillEveryColumn() {
        for (String bad : List.of("../energy.png", "sub/energy.png", "energy.svg", "<x>.png", ".png")) {
            var e = assertThrows(IllegalArgumentException.class, () -> new Plot(bad, "c", ENERGY.chart()), bad);
            assertTrue(e.getMessage().contains(bad), e.getMessage());
        }
        var e = assertThrows(IllegalArgumentException.class,
                () -> new Table(List.of("a", "b", "c"), List.of(List.of("1", "2", "3"), List.of("1", "2"))));
        assertTrue(e.getMessage().contains("row 2 has 2 cells, expected 3"), e.getMessage());
    }
}
