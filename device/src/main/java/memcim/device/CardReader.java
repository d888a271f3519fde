package memcim.device;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import memcim.core.InputException;
import memcim.device.array.CellType;

/** Turns a card's JSON tree into a validated {@link DeviceCard}; every error names the file and the field. */
final class CardReader {
    private static final Set<String> CARD_KEYS = Set.of("name", "description", "illustrative", "cellType",
            "measurementSeconds", "programmingPoints", "programVerify", "drift", "readNoise", "offSiemens",
            "onSiemens", "nonlinearityVolts", "accessOnOhms", "compactModel");

    private CardReader() {}

    /**
     * @param baseDir folder against which a CSV named by {@code programmingPoints} is resolved; null when the card
     *                does not come from a file (then programmingPoints must be inline)
     */
    static DeviceCard read(JsonNode tree, String source, Path baseDir) {
        JsonFields f = new JsonFields(tree, source, "").allowOnly(CARD_KEYS);
        String cellTypeText = f.text("cellType");
        CellType cellType;
        try {
            cellType = CellType.valueOf(cellTypeText);
        } catch (IllegalArgumentException e) {
            throw new InputException(f.where("cellType"), "one of " + Arrays.toString(CellType.values()),
                    "\"" + cellTypeText + "\"");
        }
        DeviceCard card = new DeviceCard(
                f.text("name"),
                f.text("description"),
                f.bool("illustrative"),
                cellType,
                f.number("measurementSeconds"),
                points(f, baseDir),
                programVerify(f.object("programVerify")),
                drift(f.object("drift")),
                readNoise(f.object("readNoise")),
                f.number("offSiemens"),
                f.number("onSiemens"),
                f.number("nonlinearityVolts"),
                f.number("accessOnOhms"),
                compactModel(f.object("compactModel")));
        CardValidator.check(card, source);
        return card;
    }

    private static List<ProgrammingPoint> points(JsonFields f, Path baseDir) {
        JsonNode v = f.required("programmingPoints");
        if (v.isTextual()) {
            if (baseDir == null) {
                throw new InputException(f.where("programmingPoints"), "an inline array (no folder to resolve a CSV)",
                        "\"" + v.textValue() + "\"");
            }
            return PointsCsv.read(baseDir.resolve(v.textValue()));
        }
        List<ProgrammingPoint> out = new ArrayList<>();
        for (JsonFields p : f.objects("programmingPoints")) {
            p.allowOnly(Set.of("complianceAmps", "gateVolts", "medianSiemens", "sigmaSiemens"));
            out.add(new ProgrammingPoint(p.number("complianceAmps"), p.number("gateVolts"),
                    p.number("medianSiemens"), p.number("sigmaSiemens")));
        }
        return out;
    }

    private static ProgramVerifySpec programVerify(JsonFields f) {
        f.allowOnly(Set.of("maxTries", "relaxationSigmaFraction"));
        return new ProgramVerifySpec(f.integer("maxTries"), f.number("relaxationSigmaFraction"));
    }

    private static DriftSpec drift(JsonFields f) {
        f.allowOnly(Set.of("law", "nuMean", "nuSigma"));
        return new DriftSpec(f.text("law"), f.number("nuMean"), f.number("nuSigma"));
    }

    private static ReadNoiseSpec readNoise(JsonFields f) {
        f.allowOnly(Set.of("relativeSigma", "absoluteSigmaSiemens"));
        return new ReadNoiseSpec(f.number("relativeSigma"), f.number("absoluteSigmaSiemens"));
    }

    private static TreeMap<String, Double> compactModel(JsonFields f) {
        f.allowOnly(CompactModelKeys.ALL.stream().collect(Collectors.toSet()));
        TreeMap<String, Double> out = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = f.raw().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), f.number(e.getKey()));
        }
        return out;
    }
}
