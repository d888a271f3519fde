package memcim.report.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import memcim.core.Json;
import org.junit.jupiter.api.Test;

/** A chart's JSON (written beside its PNG in a report) reads back to the same chart, which draws the same picture. */
class ChartJsonTest {
    @Test
    void everyKindRoundTripsThroughItsJson() throws Exception {
        for (Chart c : SampleCharts.all(0)) {
            Chart back = Json.mapper().readValue(Json.write(c), Chart.class);
            assertEquals(c, back, c.title());
            assertArrayEquals(ChartPng.render(c), ChartPng.render(back), c.title() + ": same picture from its JSON");
        }
    }

    @Test
    void theJsonNamesTheKindAndHoldsTheValuesAsGiven() throws Exception {
        JsonNode line = Json.mapper().readTree(Json.write(SampleCharts.line(0)));
        assertEquals("line", line.get("kind").asText());
        assertEquals("accuracy", line.at("/series/0/name").asText());
        assertEquals(0.884, line.at("/series/0/y/3").asDouble(), 0);
        assertEquals("NaN", line.at("/series/1/y/0").asText(), "an undefined AUROC stays undefined");
        JsonNode bars = Json.mapper().readTree(Json.write(SampleCharts.bars(0)));
        assertEquals("bar", bars.get("kind").asText());
        assertEquals("LOG", bars.at("/y/scale").asText());
        assertEquals("TIA", bars.at("/categories/1").asText());
        assertEquals(1.75e-6, bars.at("/values/1").asDouble(), 0);
        JsonNode wave = Json.mapper().readTree(Json.write(SampleCharts.waveform(0)));
        assertEquals("waveform", wave.get("kind").asText());
        assertEquals(2e-8, wave.at("/timeSeconds/2").asDouble(), 0);
        assertTrue(Json.mapper().readTree(Json.write(SampleCharts.histogram(0))).at("/samples/1/values").isArray());
        JsonNode map = Json.mapper().readTree(Json.write(SampleCharts.uncertainty(0)));
        assertEquals("heatmap", map.get("kind").asText());
        assertEquals(20, map.at("/grid/nx").asInt());
        assertEquals(-1.5, map.at("/grid/yMin").asDouble(), 0);
        assertEquals(20 * 15, map.get("z").size(), "one value per cell, row-major");
        assertEquals("NaN", map.at("/z/7").asText(), "an undrawn cell stays undefined");
        assertEquals("SEQUENTIAL", map.at("/colours/scale").asText());
        assertEquals(0.6, map.at("/colours/max").asDouble(), 0);
        assertEquals(1, map.at("/points/1/label").asInt());
        assertEquals(0.5, Json.mapper().readTree(Json.write(SampleCharts.probability(0))).at("/contours/0").asDouble(), 0);
        JsonNode scatter = Json.mapper().readTree(Json.write(SampleCharts.sigmas(0)));
        assertEquals("scatter", scatter.get("kind").asText());
        assertTrue(scatter.get("identityLine").asBoolean());
        assertEquals("TaOx", scatter.at("/series/1/name").asText());
    }
}
