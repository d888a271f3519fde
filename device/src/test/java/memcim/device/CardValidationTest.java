package memcim.device;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import memcim.core.InputException;
import memcim.core.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each error a card can raise, with the exact message (file, field, expected, found). */
class CardValidationTest {
    @TempDir Path dir;

    private static ObjectNode preset() throws Exception {
        return (ObjectNode) Json.mapper().readTree(DevicePresets.load("hfox-1t1r").toJson());
    }

    private static ObjectNode at(ObjectNode root, String field) {
        return (ObjectNode) root.get(field);
    }

    private static ObjectNode point(ObjectNode root, int k) {
        return (ObjectNode) root.get("programmingPoints").get(k);
    }

    private static Arguments c(String message, Consumer<ObjectNode> edit) {
        return Arguments.of(message, edit);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                c("card.json: offSiemens: expected a value, found missing field", r -> r.remove("offSiemens")),
                c("card.json: drift.nuSigma: expected a value, found missing field", r -> at(r, "drift").remove("nuSigma")),
                c("card.json: colour: expected one of [accessOnOhms, cellType, compactModel, description, drift, dynamics, "
                        + "illustrative, measurementSeconds, name, nonlinearityVolts, offSiemens, onSiemens, programVerify, "
                        + "programming, programmingConditions, programmingPoints, pulses, readNoise, sources], found unknown key 'colour'", r -> r.put("colour", "red")),
                c("card.json: programmingPoints[1].sigma: expected one of [complianceAmps, gateVolts, medianSiemens, sigmaSiemens], "
                        + "found unknown key 'sigma'", r -> point(r, 1).put("sigma", 1)),
                c("card.json: measurementSeconds: expected a number, found \"five\"", r -> r.put("measurementSeconds", "five")),
                c("card.json: programVerify.maxTries: expected an integer, found 2.5", r -> at(r, "programVerify").put("maxTries", 2.5)),
                c("card.json: name: expected a string, found 5", r -> r.put("name", 5)),
                c("card.json: programmingConditions.setSeconds: expected seconds (SI) between 1e-12 and 1, found 5", r -> at(r, "programmingConditions").put("setSeconds", 5)),
                c("card.json: programmingConditions.width: expected one of [resetSeconds, resetVolts, setSeconds, setVolts], found unknown key 'width'",
                        r -> at(r, "programmingConditions").put("width", 1)),
                c("card.json: illustrative: expected true or false, found \"yes\"", r -> r.put("illustrative", "yes")),
                c("card.json: drift: expected a JSON object, found 3", r -> r.put("drift", 3)),
                c("card.json: programmingPoints: expected an array, found an object", r -> r.putObject("programmingPoints")),
                c("card.json: cellType: expected one of [ONE_R, ONE_T_ONE_R], found \"2T2R\"", r -> r.put("cellType", "2T2R")),
                c("card.json: name: expected an identifier of letters, digits, '.', '_', '-', found \"my card\"", r -> r.put("name", "my card")),
                c("card.json: programmingPoints[3].sigmaSiemens: expected > 0, found -1e-6", r -> point(r, 3).put("sigmaSiemens", -1e-6)),
                c("card.json: programmingPoints[2].complianceAmps: expected amperes (SI) between 1e-9 and 0.1, found 20 "
                        + "(a value in micro- or milli-units written without the SI factor?)", r -> point(r, 2).put("complianceAmps", 20)),
                c("card.json: programmingPoints[2].complianceAmps: expected > previous point's 1.5e-5 (points sorted by strictly "
                        + "increasing compliance), found 1.2e-5", r -> point(r, 2).put("complianceAmps", 1.2e-5)),
                c("card.json: programmingPoints[2].medianSiemens: expected > previous point's 1.5e-5 (median conductance strictly "
                        + "increasing with compliance), found 1.4e-5", r -> point(r, 2).put("medianSiemens", 1.4e-5)),
                c("card.json: programmingPoints[2].gateVolts: expected >= previous point's 1.402 (gate voltage non-decreasing "
                        + "with compliance), found 1.3", r -> point(r, 2).put("gateVolts", 1.3)),
                c("card.json: programmingPoints[0].sigmaSiemens: expected < medianSiemens (1e-5), found 1.2e-5",
                        r -> point(r, 0).put("sigmaSiemens", 1.2e-5)),
                c("card.json: programmingPoints[9].medianSiemens: expected within [offSiemens, onSiemens] = [1e-6, 0.0002] S, "
                        + "found 0.0003", r -> point(r, 9).put("medianSiemens", 3e-4)),
                c("card.json: programmingPoints[9].medianSiemens: expected siemens (SI) between 1e-12 and 1, found 120 "
                        + "(a value in micro- or milli-units written without the SI factor?)", r -> point(r, 9).put("medianSiemens", 120)),
                c("card.json: programmingPoints: expected at least 2 points, found 1 point(s)", r -> {
                    ArrayNode a = (ArrayNode) r.get("programmingPoints");
                    while (a.size() > 1) a.remove(1);
                }),
                c("card.json: onSiemens: expected > offSiemens (1e-6), found 5e-7", r -> r.put("onSiemens", 5e-7)),
                c("card.json: offSiemens: expected siemens (SI) between 1e-12 and 1, found 1000 (a value in micro- or milli-units "
                        + "written without the SI factor?)", r -> r.put("offSiemens", 1000)),
                c("card.json: measurementSeconds: expected > 0, found 0", r -> r.put("measurementSeconds", 0)),
                c("card.json: programVerify.maxTries: expected an integer in [1, 10000], found 0", r -> at(r, "programVerify").put("maxTries", 0)),
                c("card.json: programVerify.relaxationSigmaFraction: expected <= 1 (a fraction of the one-shot sigma), found 1.5",
                        r -> at(r, "programVerify").put("relaxationSigmaFraction", 1.5)),
                c("card.json: drift.law: expected one of [decade, none, power, power-by-conductance], found \"log\"",
                        r -> at(r, "drift").put("law", "log")),
                c("card.json: drift.nuMean: expected |nuMean| < 1 (an exponent or a per-decade fraction), found 1.2",
                        r -> at(r, "drift").put("nuMean", 1.2)),
                c("card.json: drift.nuSigma: expected >= 0, found -0.1", r -> at(r, "drift").put("nuSigma", -0.1)),
                c("card.json: readNoise.relativeSigma: expected < 1 (a relative spread), found 2", r -> at(r, "readNoise").put("relativeSigma", 2)),
                c("card.json: readNoise.absoluteSigmaSiemens: expected >= 0, found -1e-9", r -> at(r, "readNoise").put("absoluteSigmaSiemens", -1e-9)),
                c("card.json: nonlinearityVolts: expected > 0 (V0 of I = G·V0·sinh(V/V0); \"Infinity\" for a linear cell), found 0",
                        r -> r.put("nonlinearityVolts", 0)),
                c("card.json: accessOnOhms: expected >= 0, found -5", r -> r.put("accessOnOhms", -5)),
                c("card.json: compactModel.nmosThresholdVolts: expected a value, found missing field",
                        r -> at(r, "compactModel").remove("nmosThresholdVolts")),
                c("card.json: compactModel.nmosVt: expected one of [gapMaxMeters, gapMinMeters, nmosKpAmpsPerVoltSquared, "
                        + "nmosLambdaPerVolt, nmosLengthMeters, nmosThresholdVolts, nmosWidthMeters, resetRateMetersPerSecond, "
                        + "resetThresholdVolts, setRateMetersPerSecond, setThresholdVolts], found unknown key 'nmosVt'",
                        r -> at(r, "compactModel").put("nmosVt", 1)),
                c("card.json: compactModel.setRateMetersPerSecond: expected > 0, found 0", r -> at(r, "compactModel").put("setRateMetersPerSecond", 0)),
                c("card.json: compactModel.gapMaxMeters: expected > gapMinMeters (2e-10), found 1e-10",
                        r -> at(r, "compactModel").put("gapMaxMeters", 1e-10)),
                c("card.json: programmingPoints: expected header 'complianceAmps,gateVolts,medianSiemens,sigmaSiemens' or "
                        + "'complianceAmps,gateVolts,conductanceSiemens', found 'no such header'", r -> r.put("programmingPoints", "bad.csv")));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void eachErrorNamesFileFieldExpectedAndFound(String message, Consumer<ObjectNode> edit) throws Exception {
        ObjectNode tree = preset();
        edit.accept(tree);
        Files.writeString(dir.resolve("bad.csv"), "no such header\n1,2,3,4\n");
        Path f = dir.resolve("card.json");
        Files.writeString(f, Json.write(tree));
        InputException e = assertThrows(InputException.class, () -> DeviceCard.load(f));
        String got = e.getMessage().replace(dir.toString() + "/", "");
        if (message.startsWith("card.json: programmingPoints: expected header")) {
            assertEquals("bad.csv:1: expected header 'complianceAmps,gateVolts,medianSiemens,sigmaSiemens' or "
                    + "'complianceAmps,gateVolts,conductanceSiemens', found 'no such header'", got);
        } else {
            assertEquals(message, got);
        }
    }

    @Test
    void syntaxErrorNamesLineAndColumn() throws Exception {
        Path f = dir.resolve("card.json");
        Files.writeString(f, "{\n  \"name\": \"x\",\n  oops\n}\n");
        InputException e = assertThrows(InputException.class, () -> DeviceCard.load(f));
        assertTrue(e.where().endsWith("card.json:3:3"), e.getMessage());
    }

    @Test
    void missingFileIsNamed() {
        Path f = dir.resolve("absent.json");
        InputException e = assertThrows(InputException.class, () -> DeviceCard.load(f));
        assertEquals(f + ": expected an existing JSON file, found no such file", e.getMessage());
    }

    @Test
    void csvErrorsNameFileAndLine() throws Exception {
        Path csv = dir.resolve("p.csv");
        Files.writeString(csv, "# c\n" + PointsCsv.SUMMARY_HEADER + "\n1e-5,1.3,1e-5\n");
        assertEquals(csv + ":3: expected 4 comma-separated numbers, found 3 field(s)",
                assertThrows(InputException.class, () -> PointsCsv.read(csv)).getMessage());
        Files.writeString(csv, PointsCsv.SUMMARY_HEADER + "\n1e-5,1.3,ten,1e-6\n");
        assertEquals(csv + ":2 column 3: expected a number, found 'ten'",
                assertThrows(InputException.class, () -> PointsCsv.read(csv)).getMessage());
        Files.writeString(csv, PointsCsv.RAW_HEADER + "\n1e-5,1.3,1e-5\n1e-5,1.3,2e-5\n");
        assertEquals(csv + ": complianceAmps 1.0E-5: expected at least 3 measured cells per condition, found 2",
                assertThrows(InputException.class, () -> PointsCsv.read(csv)).getMessage());
        Files.writeString(csv, PointsCsv.SUMMARY_HEADER + "\n");
        assertEquals(csv + ":1: expected data lines after the header, found none",
                assertThrows(InputException.class, () -> PointsCsv.read(csv)).getMessage());
    }

    @Test
    void csvCardValuesAreValidatedAgainstTheCsvFile() throws Exception {
        Path csv = dir.resolve("p.csv");
        Files.writeString(csv, PointsCsv.SUMMARY_HEADER + "\n1e-5,1.3,1e-5,2e-6\n2e-5,1.4,0.9e-5,2e-6\n");
        assertEquals(csv + ": programmingPoints[1].medianSiemens: expected > previous point's 1e-5 (median conductance "
                        + "strictly increasing with compliance), found 9e-6",
                assertThrows(InputException.class, () -> DeviceCard.load(csv)).getMessage());
    }

    @Test
    void badOverrideAndUnknownPresetAreNamed() {
        assertEquals("device preset: expected one of [hfox-1t1r, pcm, rram-pulsed, ddk-dynamic], found 'rram'",
                assertThrows(InputException.class, () -> DevicePresets.load("rram")).getMessage());
        assertEquals("preset pcm override drift.nu: expected an existing field, found no field 'nu'",
                assertThrows(InputException.class, () -> DevicePresets.load("pcm", java.util.Map.of("drift.nu", "1"))).getMessage());
        assertEquals("preset hfox-1t1r: drift.nuSigma: expected >= 0, found -1",
                assertThrows(InputException.class, () -> DevicePresets.load("hfox-1t1r", java.util.Map.of("drift.nuSigma", "-1"))).getMessage());
    }

    @Test
    void inlineTextWithoutFolderCannotNameACsv() throws Exception {
        ObjectNode tree = preset();
        tree.put("programmingPoints", "p.csv");
        JsonNode t = tree;
        assertEquals("text: programmingPoints: expected an inline array (no folder to resolve a CSV), found \"p.csv\"",
                assertThrows(InputException.class, () -> DeviceCard.parse(Json.write(t), "text")).getMessage());
    }
}
