package memcim.cosim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import memcim.core.Json;
import memcim.cosim.energy.EnergyBreakdown;
import memcim.cosim.energy.EnergyItem;
import memcim.cosim.report.ChipReport;
import memcim.cosim.report.ChipReportPage;
import memcim.cosim.report.Comparison;
import memcim.cosim.report.EnergyReport;
import memcim.cosim.report.PathResult;
import memcim.hdl.spec.ChipSpec;
import memcim.report.Plot;
import memcim.report.ReportWriter;
import memcim.report.plot.Axis;
import memcim.report.plot.BarChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chip's results as report.json (for programs) and its page (for people), through the report module. */
class ChipReportPageTest {
    @TempDir Path dir;

    private static ChipReport report() {
        var breakdown = new EnergyBreakdown(List.of(new EnergyItem("arrays", 2e-9, true, "ngspice"),
                new EnergyItem("digital", 5e-9, false, "yosys")), 1e-6);
        Map<String, PathResult> paths = new LinkedHashMap<>();
        paths.put("software", new PathResult("software", "BNN <float>", 90, 10, 50, 0.8, 0.9, 0.95, 1));
        paths.put("fast", new PathResult("fast", "fast model", 90, 10, 50, 0.79, 0.88, 0.94, 1));
        return new ChipReport("memcim test", ChipSpec.reference(), paths, EnergyReport.of(breakdown),
                new ChipReport.Agreement(2, 100, 1, 0.01, 1), List.of(new ChipReport.SamplesPoint(1, 0.7, 0.6, 0.5)),
                List.of(new ChipReport.TimePoint("1s", 1, 0.7, 0.6, 0.5), new ChipReport.TimePoint("1y", 3.15576e7, 0.69, 0.6, 0.5)),
                Map.of("train", 1.0), new ChipReport.Tolerance(0.02, 0.03, true, true, "fast vs transaction"),
                List.of("a note"), new Comparison("Published results side by side", "MIT-BIH, inter-patient", List.of("software", "fast"),
                        List.of(new Comparison.Row("accuracy", List.of(0.8, 0.79), 0.75, true, "another data set"),
                                new Comparison.Row("AUROC epistemic", List.of(0.95, Double.NaN), 0.99, false, null)),
                        List.of("a comparison note")));
    }

    @Test
    void reportJsonHasTheRequiredKeysAndThePageShowsTheResultsAndPlots() throws Exception {
        Plot energy = new Plot("energy.png", "energy breakdown", BarChart.of("energy", "", Axis.log("energy", "J"),
                List.of("arrays", "digital"), new double[] {2e-9, 5e-9}));
        ReportWriter.write(dir, ChipReportPage.of(report(), List.of(energy)));
        JsonNode json = Json.readTree(dir.resolve("report.json"));
        assertEquals(2e-9, json.at("/energy/macOnlyJoulesPerInference").asDouble(), 1e-21);
        assertEquals(7e-9, json.at("/energy/fullChipJoulesPerInference").asDouble(), 1e-21);
        assertEquals(5e-9, json.at("/energy/breakdown/digital").asDouble(), 1e-21);
        assertEquals(0.88, json.at("/paths/fast/aurocAleatoric").asDouble(), 1e-12);
        assertEquals(0.95, json.at("/paths/software/aurocEpistemic").asDouble(), 1e-12);
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("<h1>Bayesian ECG chip: co-simulation report</h1>"), html);
        assertTrue(html.contains("<img src=\"energy.png\""), html);
        assertTrue(html.contains("BNN &lt;float&gt;"), "escaped");
        assertTrue(html.contains("<td>fast</td><td>fast model</td><td>90 known + 10 unseen</td><td>50</td><td>79.0 %</td>"
                + "<td>0.880</td><td>0.940</td><td>1.00 s</td>"), html);
        assertTrue(html.contains("<tr><th>MAC only</th><th>2.00 nJ</th>"), html);
        assertTrue(html.contains("1 of 100 ADC codes differ (1.00 %), largest difference 1 LSB, over 2 beats"), html);
        assertTrue(html.contains("fast vs transaction: accuracy within 0.0200: yes; AUROCs within 0.0300: yes"), html);
        assertTrue(html.contains("<li>a note</li>"), html);
        assertTrue(html.contains("<td>accuracy</td><td>80.0 %</td><td>79.0 %</td><td>75.0 %</td><td>another data set</td>"), html);
        assertTrue(html.contains("<td>AUROC epistemic</td><td>0.950</td><td>n/a</td><td>0.990</td><td></td>"), html);
        assertEquals(0.75, json.at("/published/rows/0/published").asDouble(), 1e-12);
        assertTrue(Files.size(dir.resolve("energy.png")) > 500);
        assertTrue(Files.exists(dir.resolve("energy.json")));
    }
}
