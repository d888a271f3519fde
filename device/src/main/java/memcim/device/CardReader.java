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
    private static final Set<String> CARD_KEYS = Set.of("name", "description", "illustrative", "sources", "cellType",
            "measurementSeconds", "programmingPoints", "programVerify", "programming", "drift", "readNoise", "pulses",
            "dynamics", "offSiemens", "onSiemens", "nonlinearityVolts", "accessOnOhms", "compactModel", "programmingConditions");

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
                sources(f),
                cellType,
                f.number("measurementSeconds"),
                points(f, baseDir),
                programVerify(f.object("programVerify")),
                Laws.read(ProgrammingModel.class, f, "programming"),
                Laws.read(DriftModel.class, f, "drift"),
                Laws.read(ReadNoiseModel.class, f, "readNoise"),
                Laws.read(PulseResponse.class, f, "pulses"),
                Laws.read(StateDynamics.class, f, "dynamics"),
                f.number("offSiemens"),
                f.number("onSiemens"),
                f.number("nonlinearityVolts"),
                f.number("accessOnOhms"),
                compactModel(f.object("compactModel")),
                programmingConditions(f));
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
            Path csv;
            try {
                csv = baseDir.resolve(v.textValue());
            } catch (java.nio.file.InvalidPathException e) {
                throw new InputException(f.where("programmingPoints"), "a CSV file name or an inline array", JsonFields.describe(v));
            }
            // a cross-reference: the card names the file, so the error names the card (the CSV's own errors name the CSV)
            if (!java.nio.file.Files.isRegularFile(csv))
                throw new InputException(f.where("programmingPoints"), "a CSV file of points beside the card (or an inline array)",
                        JsonFields.describe(v) + " (no such file)");
            return PointsCsv.read(csv);
        }
        List<ProgrammingPoint> out = new ArrayList<>();
        for (JsonFields p : f.objects("programmingPoints")) {
            p.allowOnly(Set.of("complianceAmps", "gateVolts", "medianSiemens", "sigmaSiemens"));
            out.add(new ProgrammingPoint(p.number("complianceAmps"), p.number("gateVolts"),
                    p.number("medianSiemens"), p.number("sigmaSiemens")));
        }
        return out;
    }

    /** Optional: a card that does not state its pulses prices programming in pulses only. */
    private static ProgrammingConditions programmingConditions(JsonFields card) {
        JsonNode v = card.raw().get("programmingConditions");
        if (v == null || v.isNull()) return null;
        JsonFields f = card.object("programmingConditions");
        f.allowOnly(Set.of("setVolts", "setSeconds", "resetVolts", "resetSeconds"));
        return new ProgrammingConditions(f.number("setVolts"), f.number("setSeconds"), f.number("resetVolts"), f.number("resetSeconds"));
    }

    private static ProgramVerifySpec programVerify(JsonFields f) {
        f.allowOnly(Set.of("maxTries", "relaxationSigmaFraction"));
        return new ProgramVerifySpec(f.integer("maxTries"), f.number("relaxationSigmaFraction"));
    }

    private static List<String> sources(JsonFields f) {
        JsonNode v = f.required("sources");
        if (!v.isArray()) throw new InputException(f.where("sources"), "an array of strings", JsonFields.describe(v));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isTextual()) {
                throw new InputException(f.where("sources") + "[" + i + "]", "a string", JsonFields.describe(v.get(i)));
            }
            out.add(v.get(i).textValue());
        }
        return out;
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
