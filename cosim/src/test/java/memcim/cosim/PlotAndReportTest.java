package memcim.cosim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import memcim.core.Json;
import memcim.cosim.config.ChipConfig;
import memcim.cosim.energy.EnergyBreakdown;
import memcim.cosim.energy.EnergyItem;
import memcim.cosim.report.EnergyReport;
import memcim.cosim.report.PathResult;
import memcim.cosim.report.Report;
import memcim.cosim.report.ReportWriter;
import memcim.report.Plot;
import memcim.report.plot.BarChart;
import memcim.report.plot.Histogram;
import memcim.report.plot.LinePlot;
import memcim.report.plot.Waveform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlotAndReportTest {
    @TempDir Path dir;

    private static byte[] bars(double second) {
        return BarChart.png("energy", "energy", "J", List.of("a", "b"), new double[] {1e-9, second}, true);
    }

    @Test
    void plotsAreDeterministicPngsThatDependOnTheData() {
        byte[] one = bars(1e-7);
        assertArrayEquals(one, bars(1e-7));
        assertFalse(java.util.Arrays.equals(one, bars(1e-11)));
        assertEquals((byte) 0x89, one[0]);
        assertEquals('P', one[1]);
        byte[] h = Histogram.png("U", "nats", List.of("known", "unseen"),
                List.of(new double[] {0.1, 0.2, 0.2}, new double[] {0.9, 1.1}), 10);
        byte[] l = LinePlot.png("acc", "M", "accuracy",
                List.of(new LinePlot.Series("fast", new double[] {1, 10, 50}, new double[] {0.6, 0.8, 0.82})));
        byte[] w = Waveform.png("conv", new double[] {0, 1e-9, 2e-9},
                List.of(new Waveform.Trace("vin", new double[] {0, 0.5, 0.5})));
        assertTrue(h.length > 500 && l.length > 500 && w.length > 500);
    }

    @Test
    void reportJsonHasTheRequiredKeysAndHtmlReferencesThePlots() throws Exception {
        var breakdown = new EnergyBreakdown(List.of(new EnergyItem("arrays", 2e-9, true, "ngspice"),
                new EnergyItem("digital", 5e-9, false, "yosys")), 1e-6);
        Map<String, PathResult> paths = new LinkedHashMap<>();
        paths.put("software", new PathResult("software", "BNN <float>", 90, 10, 50, 0.8, 0.9, 0.95, 1));
        paths.put("fast", new PathResult("fast", "fast model", 90, 10, 50, 0.79, 0.88, 0.94, 1));
        Report r = new Report("memcim test", ChipConfig.reference(), paths, EnergyReport.of(breakdown),
                new Report.Agreement(2, 100, 1, 0.01, 1), List.of(new Report.SamplesPoint(1, 0.7, 0.6, 0.5)),
                Map.of("train", 1.0), new Report.Tolerance(0.02, 0.03, true, true, "fast vs transaction"),
                List.of("a note"));
        ReportWriter.write(dir, r, List.of(new Plot("energy.png", "energy breakdown", bars(1e-7))));
        JsonNode json = Json.readTree(dir.resolve("report.json"));
        assertEquals(2e-9, json.at("/energy/macOnlyJoulesPerInference").asDouble(), 1e-21);
        assertEquals(7e-9, json.at("/energy/fullChipJoulesPerInference").asDouble(), 1e-21);
        assertEquals(5e-9, json.at("/energy/breakdown/digital").asDouble(), 1e-21);
        assertEquals(0.88, json.at("/paths/fast/aurocAleatoric").asDouble(), 1e-12);
        assertEquals(0.95, json.at("/paths/software/aurocEpistemic").asDouble(), 1e-12);
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("<img src=\"energy.png\""), html);
        assertTrue(html.contains("BNN &lt;float&gt;"), "escaped");
        assertTrue(Files.size(dir.resolve("energy.png")) > 500);
    }
}
