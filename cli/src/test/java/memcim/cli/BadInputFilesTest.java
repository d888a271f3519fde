package memcim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import memcim.core.Json;
import memcim.cosim.energy.TechnologyTable;
import memcim.device.DevicePresets;
import memcim.hdl.spec.ChipSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad files (issue 17, "Files read"): every format memcim reads is checked where it is read, and each bad file is
 * one error line naming the file and the field (JSON path, line or byte offset), exit code 2, nothing written. Device
 * cards and their CSVs, chip specs and the technology tables they name, models, data sets, WFDB records, IDX files
 * and raw files, through the commands that read them.
 */
class BadInputFilesTest {
    @TempDir static Path shared;
    @TempDir Path dir;

    /** A trained model (1 epoch on 270 synthetic beats) and the WFDB records of its data, made once. */
    static Path model, recs;

    @BeforeAll
    static void fixtures() {
        model = shared.resolve("model");
        recs = shared.resolve("recs");
        CliRun data = CliRun.memcim("data", "ecg", "--beats", "270", "--seed", "3", "--write-wfdb", recs.toString(),
                "--out", shared.resolve("set").toString());
        assertEquals(0, data.code(), data.err());
        CliRun train = CliRun.memcim("train", "--data", shared.resolve("set").toString(), "--epochs", "1", "--seed", "3",
                "--out", model.toString());
        assertEquals(0, train.code(), train.err());
    }

    /** What a case puts into its folder; returns the command line. */
    interface Setup {
        String[] args(Path dir) throws Exception;
    }

    static Arguments c(String label, String command, List<String> mustName, Setup setup) {
        return Arguments.of(label, command, mustName, setup);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"cards", "chipSpecs", "models", "dataSets", "wfdb", "idxAndRaw"})
    void aBadFileIsOneLineNamingIt(String label, String command, List<String> mustName, Setup setup) throws Exception {
        String[] args = setup.args(dir);
        BadInput.check(dir, command, mustName, args);
    }

    // ------------------------------------------------------------------ device cards

    static String card() {
        return DevicePresets.load("hfox-1t1r").toJson();
    }

    static Setup checkCard(String text) {
        return d -> new String[] {"device", "check", write(d, "card.json", text).toString()};
    }

    static Setup checkCard(byte[] bytes) {
        return d -> new String[] {"device", "check", write(d, "card.json", bytes).toString()};
    }

    static Setup checkCardEdit(Consumer<ObjectNode> edit) {
        return checkCard(edit(card(), edit));
    }

    static Stream<Arguments> cards() {
        String card = card();
        byte[] utf8 = card.getBytes(StandardCharsets.UTF_8);
        byte[] nul = utf8.clone();
        nul[200] = 0;
        byte[] bad = utf8.clone();
        bad[card.indexOf("hfox")] = (byte) 0xFF;
        String dev = "memcim device check";
        return Stream.of(
                c("card: trailing content after the object", dev, List.of("card.json:", "trailing content"), checkCard(card + "{}")),
                c("card: a key twice (last one used to win)", dev, List.of("card.json:", "name", "a second time"),
                        checkCard(card.replaceFirst("\"name\" : ", "\"name\" : \"x\", \"name\" : "))),
                c("card: a key twice in a stage", dev, List.of("card.json:", "drift.law", "a second time"),
                        checkCard(card.replaceFirst("\"law\" : \"decade\"", "\"law\" : \"decade\", \"law\" : \"none\""))),
                c("card: a NUL byte (used to truncate the card silently)", dev, List.of("card.json: byte 200", "NUL byte"), checkCard(nul)),
                c("card: invalid UTF-8", dev, List.of("card.json: byte " + card.indexOf("hfox"), "UTF-8"), checkCard(bad)),
                c("card: NaN literal", dev, List.of("card.json:", "offSiemens", "NaN"),
                        checkCard(card.replaceFirst("\"offSiemens\" : [^,]+", "\"offSiemens\" : NaN"))),
                c("card: Infinity literal", dev, List.of("card.json:", "accessOnOhms", "Infinity"),
                        checkCard(card.replaceFirst("\"accessOnOhms\" : [^,]+", "\"accessOnOhms\" : Infinity"))),
                c("card: a number beyond a double", dev, List.of("card.json:", "measurementSeconds", "range of a double"),
                        checkCard(card.replaceFirst("\"measurementSeconds\" : [^,]+", "\"measurementSeconds\" : 1e999"))),
                c("card: a comment", dev, List.of("card.json:1:1", "no comments"), checkCard("// my card\n" + card)),
                c("card: empty file", dev, List.of("card.json:1:1", "an empty file"), checkCard("")),
                c("card: cut short", dev, List.of("card.json:", "the end of the file"), checkCard(card.substring(0, card.length() / 2))),
                c("card: a trailing comma", dev, List.of("card.json:", "a comma before the closing brace"),
                        checkCard(card.replaceFirst("\\s*}\\s*$", ",\n}\n"))),
                c("card: an array, not an object", dev, List.of("card.json", "a JSON object", "an array"), checkCard("[" + card + "]")),
                c("card: a directory", dev, List.of("dir.json", "a directory"), d -> new String[] {"device", "check",
                        Files.createDirectories(d.resolve("dir.json")).toString()}),
                c("card: an unknown field", dev, List.of("card.json: colour", "unknown key 'colour'"),
                        checkCardEdit(r -> r.put("colour", "red"))),
                c("card: null for a number", dev, List.of("card.json: onSiemens"), checkCardEdit(r -> r.set("onSiemens", NullNode.instance))),
                c("card: the string NaN for a number", dev, List.of("card.json: offSiemens", "a number", "NaN"),
                        checkCardEdit(r -> r.put("offSiemens", "NaN"))),
                c("card: a conductance out of range", dev, List.of("card.json: onSiemens"), checkCardEdit(r -> r.put("onSiemens", 5.0))),
                c("device show reads cards strictly too", "memcim device show", List.of("card.json:", "trailing content"),
                        d -> new String[] {"device", "show", write(d, "card.json", card + "x").toString()}),
                c("train --device: a card with a key twice", "memcim train", List.of("card.json:", "name", "a second time"),
                        d -> new String[] {"train", "--device", write(d, "card.json", card.replaceFirst("\"name\" : ", "\"name\" : \"x\", \"name\" : ")).toString(),
                                "--epochs", "1", "--out", d.resolve("out").toString()}),
                c("device draw: a card with a key twice", "memcim device draw", List.of("card.json:", "onSiemens", "a second time"),
                        d -> new String[] {"device", "draw", write(d, "card.json", card.replaceFirst("\"onSiemens\" : ", "\"onSiemens\" : 1e-4, \"onSiemens\" : ")).toString()}),
                c("device domain: a card cut short", "memcim device domain", List.of("card.json:", "the end of the file"),
                        d -> new String[] {"device", "domain", write(d, "card.json", card.substring(0, 300)).toString(), "-o", d.resolve("d.csv").toString()}),
                c("device draw --set: NaN for a preset's number", "memcim device draw", List.of("preset hfox-1t1r: offSiemens", "NaN"),
                        d -> new String[] {"device", "draw", "hfox-1t1r", "--set", "offSiemens=NaN"}),
                c("bench nearest --card: a NUL byte", "memcim bench nearest", List.of("card.json: byte 200", "NUL byte"),
                        d -> new String[] {"bench", "nearest", "--card", write(d, "card.json", nul).toString(), "--queries", "10"}),
                c("netlist crossbar --device: trailing content", "memcim netlist crossbar", List.of("card.json:", "trailing content"),
                        d -> new String[] {"netlist", "crossbar", "--rows", "2", "--cols", "2", "--device", write(d, "card.json", card + "0").toString(),
                                "--out", d.resolve("x").toString()}),
                c("points CSV: a NUL byte", dev, List.of("points.csv: byte 60", "NUL byte"), d -> {
                    byte[] b = ("complianceAmps,gateVolts,medianSiemens,sigmaSiemens\n1e-5,1.2,1e-5,1e-6\n2e-5,1.3,2e-5,2e-6\n")
                            .getBytes(StandardCharsets.US_ASCII);
                    b[60] = 0;
                    return new String[] {"device", "check", write(d, "points.csv", b).toString()};
                }),
                c("points CSV: invalid UTF-8", dev, List.of("points.csv: byte 0", "UTF-8"), d -> new String[] {"device", "check",
                        write(d, "points.csv", new byte[] {(byte) 0xC0, 'a', '\n'}).toString()}));
    }

    // ------------------------------------------------------------------ chip specs and technology tables

    static String chip() {
        return Json.write(ChipSpec.reference());
    }

    /** {@code memcim hdl --chip FILE}: reads the spec and writes nothing when it is bad. */
    static Setup hdlChip(String text) {
        return d -> new String[] {"hdl", "--chip", write(d, "chip.json", text).toString(), "--out", d.resolve("v").toString()};
    }

    static Setup hdlChipEdit(Consumer<ObjectNode> edit) {
        return hdlChip(edit(chip(), edit));
    }

    static Stream<Arguments> chipSpecs() {
        String chip = chip();
        String tech = Json.write(TechnologyTable.cmos130());
        String hdl = "memcim hdl";
        return Stream.of(
                c("chip: deviceCard names no preset or file (used to be ignored)", hdl,
                        List.of("chip.json: deviceCard", "'no-such-card'", "no such preset or file"),
                        hdlChipEdit(r -> r.put("deviceCard", "no-such-card"))),
                c("chip: deviceCard names a broken card file", hdl, List.of("broken-card.json:", "trailing content"), d -> {
                    Path bad = write(d, "broken-card.json", card() + "]");
                    return hdlChipEdit(r -> r.put("deviceCard", bad.toString())).args(d);
                }),
                c("chip: technology names no table", hdl, List.of("chip.json: technology", "'cmos90'"),
                        hdlChipEdit(r -> r.put("technology", "cmos90"))),
                c("chip: technology names a missing JSON file", hdl, List.of("chip.json: technology", "no such preset or file"),
                        d -> hdlChipEdit(r -> r.put("technology", d.resolve("missing-tech.json").toString())).args(d)),
                c("chip: technology table with the string NaN for a value", hdl, List.of("tech.json: constants[0].value", "a number", "NaN"), d -> {
                    Path t = write(d, "tech.json", edit(tech, r -> ((ObjectNode) r.get("constants").get(0)).put("value", "NaN")));
                    return hdlChipEdit(r -> r.put("technology", t.toString())).args(d);
                }),
                c("chip: technology table with trailing content", hdl, List.of("tech.json:", "trailing content"), d -> {
                    Path t = write(d, "tech.json", tech + "\n]");
                    return hdlChipEdit(r -> r.put("technology", t.toString())).args(d);
                }),
                c("chip: technology table with a constant's key twice", hdl, List.of("tech.json:", "constants[0].value", "a second time"), d -> {
                    Path t = write(d, "tech.json", tech.replaceFirst("\"value\" : ", "\"value\" : 1.0, \"value\" : "));
                    return hdlChipEdit(r -> r.put("technology", t.toString())).args(d);
                }),
                c("chip: technology table with a supply of 0 V", hdl, List.of("tech.json: constants[0].value", "a supply above 0 V"), d -> {
                    Path t = write(d, "tech.json", edit(tech, r -> ((ObjectNode) r.get("constants").get(0)).put("value", 0.0)));
                    return hdlChipEdit(r -> r.put("technology", t.toString())).args(d);
                }),
                c("chip: technology table with a negative energy", hdl, List.of("tech.json: constants[1].value", ">= 0", "cell.$_BUF_"), d -> {
                    Path t = write(d, "tech.json", edit(tech, r -> ((ObjectNode) r.get("constants").get(1)).put("value", -4e-15)));
                    return hdlChipEdit(r -> r.put("technology", t.toString())).args(d);
                }),
                c("chip: a key twice (last one used to win)", hdl, List.of("chip.json:", "adc.bits", "a second time"),
                        hdlChip(chip.replaceFirst("\"bits\" : ", "\"bits\" : 8, \"bits\" : "))),
                c("chip: trailing content", hdl, List.of("chip.json:", "trailing content"), hdlChip(chip + "garbage")),
                c("chip: NaN literal", hdl, List.of("chip.json:", "adc.vRefVolts", "NaN"),
                        hdlChip(chip.replaceFirst("\"vRefVolts\" : [^,\\n]+", "\"vRefVolts\" : NaN"))),
                c("chip: a string for an integer", hdl, List.of("chip.json: adc.bits", "an integer", "\"10\""),
                        hdlChipEdit(r -> ((ObjectNode) r.get("adc")).put("bits", "10"))),
                c("chip: a fraction for an integer (used to be truncated)", hdl, List.of("chip.json: adc.bits", "an integer", "10.5"),
                        hdlChipEdit(r -> ((ObjectNode) r.get("adc")).put("bits", 10.5))),
                c("chip: a number beyond a double", hdl, List.of("chip.json:", "clock.frequencyHertz", "range of a double"),
                        hdlChip(chip.replaceFirst("\"frequencyHertz\" : [^,\\n]+", "\"frequencyHertz\" : 1e999"))),
                c("chip: the string Infinity for a number", hdl, List.of("chip.json: read.vReadVolts", "a number", "Infinity"),
                        hdlChipEdit(r -> ((ObjectNode) r.get("read")).put("vReadVolts", "Infinity"))),
                c("chip: null for a number", hdl, List.of("chip.json: array.gateVolts"),
                        hdlChipEdit(r -> ((ObjectNode) r.get("array")).set("gateVolts", NullNode.instance))),
                c("chip: an unknown field", hdl, List.of("chip.json: clock.phase", "unknown key 'phase'"),
                        hdlChipEdit(r -> ((ObjectNode) r.get("clock")).put("phase", 0))),
                c("chip: a NUL byte", hdl, List.of("chip.json: byte 10", "NUL byte"), d -> {
                    byte[] b = chip.getBytes(StandardCharsets.UTF_8);
                    b[10] = 0;
                    return new String[] {"hdl", "--chip", write(d, "chip.json", b).toString(), "--out", d.resolve("v").toString()};
                }),
                c("netlist chip: deviceCard names nothing", "memcim netlist chip", List.of("chip.json: deviceCard", "'nothing-here'"),
                        d -> new String[] {"netlist", "chip", "--chip", write(d, "chip.json", edit(chip, r -> r.put("deviceCard", "nothing-here"))).toString(),
                                "--model", model.toString(), "--out", d.resolve("n").toString()}),
                c("cosim: technology names no table", "memcim cosim", List.of("chip.json: technology", "'tsmc7'"),
                        d -> new String[] {"cosim", "--model", model.toString(), "--chip",
                                write(d, "chip.json", edit(chip, r -> r.put("technology", "tsmc7"))).toString()}));
    }

    // ------------------------------------------------------------------ models

    /** A copy of the trained model with model.json edited as a tree. */
    static Path modelWith(Path d, Consumer<ObjectNode> edit) throws IOException {
        return modelText(d, text -> edit(text, edit));
    }

    static Path modelText(Path d, UnaryOperator<String> edit) throws IOException {
        Path m = copyTree(model, d.resolve("m"));
        Path f = m.resolve("model.json");
        Files.writeString(f, edit.apply(Files.readString(f)));
        return m;
    }

    static Setup evaluate(Consumer<ObjectNode> edit) {
        return d -> new String[] {"evaluate", "--model", modelWith(d, edit).toString(), "--samples", "2"};
    }

    static Setup evaluateText(UnaryOperator<String> edit) {
        return d -> new String[] {"evaluate", "--model", modelText(d, edit).toString(), "--samples", "2"};
    }

    static ArrayNode row(ObjectNode m, int layer, String part, int i) {
        return (ArrayNode) m.get("layers").get(layer).get(part).get(i);
    }

    static ObjectNode settings(ObjectNode m) {
        return (ObjectNode) m.get("settings");
    }

    static Stream<Arguments> models() {
        String ev = "memcim evaluate";
        return Stream.of(
                c("model: γ = 0 (used to evaluate)", ev, List.of("model.json: gammaSiemens", "γ > 0", "0.0"), evaluate(m -> m.put("gammaSiemens", 0.0))),
                c("model: γ < 0 in cosim", "memcim cosim", List.of("model.json: gammaSiemens", "-1.0E-5"),
                        d -> new String[] {"cosim", "--model", modelWith(d, m -> m.put("gammaSiemens", -1e-5)).toString()}),
                c("model: γ = 0 in hdl (used to write Verilog)", "memcim hdl", List.of("model.json: gammaSiemens", "γ > 0"),
                        d -> new String[] {"hdl", "--model", modelWith(d, m -> m.put("gammaSiemens", 0.0)).toString(), "--out", d.resolve("v").toString()}),
                c("model: γ as the string NaN", ev, List.of("model.json: gammaSiemens", "a number", "NaN"), evaluate(m -> m.put("gammaSiemens", "NaN"))),
                c("model: null γ", ev, List.of("model.json: gammaSiemens", "a number", "null"), evaluate(m -> m.set("gammaSiemens", NullNode.instance))),
                c("model: NaN weight (used to evaluate)", ev, List.of("model.json: layers[0].mu[1][2]", "the string \"NaN\""),
                        evaluate(m -> row(m, 0, "mu", 1).set(2, TextNode.valueOf("NaN")))),
                c("model: Infinity weight", ev, List.of("model.json: layers[1].conventional[0][3]", "Infinity"),
                        evaluate(m -> row(m, 1, "conventional", 0).set(3, TextNode.valueOf("Infinity")))),
                c("model: Infinity literal", ev, List.of("model.json:", "layers[0].mu[0][0]", "Infinity"),
                        evaluateText(t -> t.replaceFirst("\"mu\" : \\[ \\[ [^,]+", "\"mu\" : [ [ Infinity"))),
                c("model: a weight far beyond any trained one", ev, List.of("model.json: layers[0].mu[0][1]", "within ±"),
                        evaluate(m -> row(m, 0, "mu", 0).set(1, 1e300))),
                c("model: γ of 5 siemens per unit", ev, List.of("model.json: gammaSiemens", "γ <= 1"), evaluate(m -> m.put("gammaSiemens", 5.0))),
                c("model: σ = 0", ev, List.of("model.json: layers[0].sigma[0][0]", "σ > 0"), evaluate(m -> row(m, 0, "sigma", 0).set(0, 0.0))),
                c("model: σ < 0 in hdl", "memcim hdl", List.of("model.json: layers[1].sigma[2][1]", "σ > 0"),
                        d -> new String[] {"hdl", "--model", modelWith(d, m -> row(m, 1, "sigma", 2).set(1, -0.1)).toString(), "--out", d.resolve("v").toString()}),
                c("model: a row missing", ev, List.of("model.json: layers[1].mu", "16 rows", "15 rows"),
                        evaluate(m -> ((ArrayNode) m.get("layers").get(1).get("mu")).remove(0))),
                c("model: a column missing", ev, List.of("model.json: layers[0].sigma[4]", "16 columns", "15 columns"),
                        evaluate(m -> row(m, 0, "sigma", 4).remove(0))),
                c("model: a layer's inputs not the shape's", ev, List.of("model.json: layers[1].inputs", "16"),
                        evaluate(m -> ((ObjectNode) m.get("layers").get(1)).put("inputs", 12))),
                c("model: a layer missing", ev, List.of("model.json: layers", "2 layers", "1 layers"),
                        evaluate(m -> ((ArrayNode) m.get("layers")).remove(1))),
                c("model: an unknown field", ev, List.of("model.json: bogus", "unknown key 'bogus'"), evaluate(m -> m.put("bogus", 1))),
                c("model: an unknown field in a layer", ev, List.of("model.json: layers[0].bias", "unknown key 'bias'"),
                        evaluate(m -> ((ObjectNode) m.get("layers").get(0)).put("bias", 0))),
                c("model: a key twice", ev, List.of("model.json:", "gammaSiemens", "a second time"),
                        evaluateText(t -> t.replaceFirst("\"gammaSiemens\" : ", "\"gammaSiemens\" : 1.0, \"gammaSiemens\" : "))),
                c("model: trailing content", ev, List.of("model.json:", "trailing content"), evaluateText(t -> t + "}")),
                c("model: conditionsPerCell 0", ev, List.of("model.json: settings.conditionsPerCell", "2 to 1024"),
                        evaluate(m -> settings(m).put("conditionsPerCell", 0))),
                c("model: an unknown optimiser", ev, List.of("model.json: settings.optimiser", "'rmsprop'"),
                        evaluate(m -> settings(m).put("optimiser", "rmsprop"))),
                c("model: a learning rate of 0", ev, List.of("model.json: settings.learningRate"), evaluate(m -> settings(m).put("learningRate", 0.0))),
                c("model: a shape of one width", ev, List.of("model.json: shape", "at least two layer widths"),
                        evaluate(m -> ((ArrayNode) m.get("shape").get("widths")).removeAll().add(32))),
                c("model: a fraction for an integer width", ev, List.of("model.json: shape.widths[1]", "an integer", "16.5"),
                        evaluate(m -> ((ArrayNode) m.get("shape").get("widths")).set(1, 16.5))),
                c("model: a null feasible point", ev, List.of("model.json: layers[0].feasible[0][0]", "null"),
                        evaluate(m -> row(m, 0, "feasible", 0).set(0, NullNode.instance))),
                c("model: a negative compliance", ev, List.of("model.json: layers[0].feasible[1][1].complianceAmpsPlus", ">= 0"),
                        evaluate(m -> ((ObjectNode) row(m, 0, "feasible", 1).get(1)).put("complianceAmpsPlus", -1e-5))),
                c("model: trainingGamma 0 with the technological loss", ev, List.of("model.json: trainingGammaSiemens"),
                        evaluate(m -> m.put("trainingGammaSiemens", 0.0))),
                c("model: deviceCard names nothing and no card beside it", "memcim cosim", List.of("model.json: deviceCard", "'no-card'"), d -> {
                    Path m = modelWith(d, x -> x.put("deviceCard", "no-card"));
                    Files.delete(m.resolve("device-card.json"));
                    return new String[] {"cosim", "--model", m.toString()};
                }),
                c("model: device-card.json not the card it was mapped onto", ev, List.of("device-card.json: name", "'hfox-1t1r'", "'pcm'"), d -> {
                    Path m = modelWith(d, x -> { });
                    Files.writeString(m.resolve("device-card.json"), DevicePresets.load("pcm").toJson());
                    return new String[] {"evaluate", "--model", m.toString()};
                }),
                c("cosim: device-card.json not the model's card", "memcim cosim", List.of("device-card.json: name", "'pcm'"), d -> {
                    Path m = modelWith(d, x -> { });
                    Files.writeString(m.resolve("device-card.json"), DevicePresets.load("pcm").toJson());
                    return new String[] {"cosim", "--model", m.toString()};
                }),
                c("model: device-card.json beside it with a NUL byte", ev, List.of("device-card.json: byte 0", "NUL byte"), d -> {
                    Path m = modelWith(d, x -> { });
                    Files.write(m.resolve("device-card.json"), new byte[] {0, '{', '}'});
                    return new String[] {"evaluate", "--model", m.toString()};
                }));
    }

    // ------------------------------------------------------------------ data sets

    /** A copy of the model's data set with beats.csv and dataset.json edited. */
    static Path dataWith(Path d, UnaryOperator<String> beats, Consumer<ObjectNode> meta) throws IOException {
        Path set = copyTree(model.resolve("data"), d.resolve("set"));
        Path b = set.resolve("beats.csv"), j = set.resolve("dataset.json");
        Files.writeString(b, beats.apply(Files.readString(b)));
        Files.writeString(j, edit(Files.readString(j), meta));
        return set;
    }

    /** The beats.csv lines that are not beats, and those of the given splits. */
    static UnaryOperator<String> keepSplits(String... splits) {
        List<String> keep = List.of(splits);
        return text -> text.lines().filter(l -> l.startsWith("#") || l.startsWith("split,") || keep.contains(l.split(",")[0]))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    static Consumer<ObjectNode> counts(int train, int validation, int test) {
        return m -> ((ObjectNode) m.get("counts")).put("train", train).put("validation", validation).put("test", test);
    }

    static Setup train(UnaryOperator<String> beats, Consumer<ObjectNode> meta) {
        return d -> new String[] {"train", "--data", dataWith(d, beats, meta).toString(), "--epochs", "1", "--out", d.resolve("out").toString()};
    }

    static Stream<Arguments> dataSets() {
        String tr = "memcim train";
        return Stream.of(
                c("data set: no beats at all (used to 'train' on 0 beats)", tr, List.of("beats.csv", "no beats"),
                        train(keepSplits(), counts(0, 0, 0))),
                c("data set: only test beats (no training split)", tr, List.of("beats.csv", "training and validation beats", "0 training"),
                        train(keepSplits("test"), counts(0, 0, 60))),
                c("data set: no validation beats", tr, List.of("beats.csv", "training and validation beats", "0 validation"),
                        train(keepSplits("train", "test"), counts(162, 0, 60))),
                c("data set: beats.csv cut short", tr, List.of("beats.csv", "counts.test", "59 test beats"), train(t -> {
                    List<String> lines = t.lines().toList();
                    return String.join("\n", lines.subList(0, lines.size() - 1)) + "\n";
                }, m -> { })),
                c("data set: the string NaN in the quantiser", tr, List.of("dataset.json: quantiserLo[3]", "a finite number"),
                        train(t -> t, m -> ((ArrayNode) m.get("quantiserLo")).set(3, TextNode.valueOf("NaN")))),
                c("data set: an empty quantiser range", tr, List.of("dataset.json: quantiserHi[0]", "> quantiserLo[0]"),
                        train(t -> t, m -> ((ArrayNode) m.get("quantiserHi")).set(0, m.get("quantiserLo").get(0)))),
                c("data set: dataset.json with trailing content", tr, List.of("dataset.json:", "trailing content"), d -> {
                    Path set = dataWith(d, t -> t, m -> { });
                    Files.writeString(set.resolve("dataset.json"), "{}", java.nio.file.StandardOpenOption.APPEND);
                    return new String[] {"train", "--data", set.toString(), "--epochs", "1", "--out", d.resolve("out").toString()};
                }),
                c("data set: a NUL byte in beats.csv", tr, List.of("beats.csv: byte 5", "NUL byte"), d -> {
                    Path set = dataWith(d, t -> t, m -> { });
                    byte[] b = Files.readAllBytes(set.resolve("beats.csv"));
                    b[5] = 0;
                    Files.write(set.resolve("beats.csv"), b);
                    return new String[] {"train", "--data", set.toString(), "--epochs", "1", "--out", d.resolve("out").toString()};
                }),
                c("data set: a code out of range", tr, List.of("beats.csv:4 column f1", "0..7", "'9'"),
                        train(t -> t.replaceFirst("(?m)^(train,\\d+,[^,]+,[^,]+,)\\d+", "$19"), m -> { })),
                c("data set: a symbol that is not its label's", tr, List.of("beats.csv:4 column symbol", "the MIT-BIH symbol of label"),
                        train(t -> t.replaceFirst("(?m)^(train,\\d+,)[^,]+", "$1?"), m -> { })),
                c("data set: the unseen class in the training split", tr, List.of("beats.csv:4 column label", "test split only", "'9'"),
                        train(t -> t.replaceFirst("(?m)^train,\\d+,[^,]+,", "train,9,!,"), m -> { })),
                c("evaluate --data: no test beats", "memcim evaluate", List.of("beats.csv", "test beats", "0 test beats"),
                        d -> new String[] {"evaluate", "--model", model.toString(), "--data",
                                dataWith(d, keepSplits("train", "validation"), counts(162, 54, 0)).toString()}),
                c("cosim --beats above the test split (used to run fewer silently)", "memcim cosim", List.of("--beats", "at most the 60 test beats", "1000"),
                        d -> new String[] {"cosim", "--model", model.toString(), "--beats", "1000"}),
                c("data ecg --per-class without --wfdb (used to be ignored)", "memcim data ecg", List.of("--per-class", "--wfdb"),
                        d -> new String[] {"data", "ecg", "--per-class", "10", "--out", d.resolve("o").toString()}),
                c("train --per-class without --wfdb", tr, List.of("--per-class", "--wfdb"),
                        d -> new String[] {"train", "--per-class", "10", "--epochs", "1", "--out", d.resolve("o").toString()}),
                c("data ecg --beats with --wfdb (used to be ignored)", "memcim data ecg", List.of("--beats", "--wfdb"),
                        d -> new String[] {"data", "ecg", "--wfdb", recs.toString(), "--beats", "500", "--out", d.resolve("o").toString()}),
                c("data ecg --flutter-width with --wfdb", "memcim data ecg", List.of("--flutter-width", "--wfdb"),
                        d -> new String[] {"data", "ecg", "--wfdb", recs.toString(), "--flutter-width", "0.5", "--out", d.resolve("o").toString()}));
    }

    // ------------------------------------------------------------------ WFDB records

    /** A copy of the records with {@code syn0000.<ext>} edited as bytes. */
    static Setup wfdbEdit(String ext, UnaryOperator<byte[]> edit) {
        return d -> {
            Path r = copyTree(recs, d.resolve("r"));
            Path f = r.resolve("syn0000." + ext);
            Files.write(f, edit.apply(Files.readAllBytes(f)));
            return new String[] {"data", "ecg", "--wfdb", r.toString(), "--out", d.resolve("o").toString()};
        };
    }

    static UnaryOperator<byte[]> text(UnaryOperator<String> edit) {
        return b -> edit.apply(new String(b, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    static Stream<Arguments> wfdb() {
        String ecg = "memcim data ecg";
        return Stream.of(
                c("WFDB: a negative sample count (used to read as 'all')", ecg, List.of("syn0000.hea:1", "number of samples >= 0", "-5"),
                        wfdbEdit("hea", text(t -> t.replaceFirst("syn0000 1 360 \\d+", "syn0000 1 360 -5")))),
                c("WFDB: an infinite sampling frequency", ecg, List.of("syn0000.hea:1", "sampling frequency"),
                        wfdbEdit("hea", text(t -> t.replaceFirst("syn0000 1 360", "syn0000 1 Infinity")))),
                c("WFDB: an infinite gain", ecg, List.of("syn0000.hea:2", "finite gain"),
                        wfdbEdit("hea", text(t -> t.replaceFirst("212 200", "212 Infinity")))),
                c("WFDB: a header byte that is not ASCII", ecg, List.of("syn0000.hea: byte", "US-ASCII"),
                        wfdbEdit("hea", text(t -> t.replace("MLII", "ML\u00cfI")))),
                c("WFDB: signal file cut short", ecg, List.of("syn0000.dat: byte 1000", "end of file"), wfdbEdit("dat", b -> Arrays.copyOf(b, 1000))),
                c("WFDB: annotation file cut short", ecg, List.of("syn0000.atr: byte", "end of file"), wfdbEdit("atr", b -> Arrays.copyOf(b, 10))),
                c("WFDB: records without a beat of a known class", ecg, List.of("WFDB records in", "training and validation beats"), d -> {
                    Path r = copyTree(recs, d.resolve("r"));
                    try (Stream<Path> s = Files.list(r)) {
                        for (Path f : s.filter(p -> p.toString().endsWith(".atr")).toList()) Files.write(f, new byte[] {0, 0});
                    }
                    return new String[] {"data", "ecg", "--wfdb", r.toString(), "--out", d.resolve("o").toString()};
                }));
    }

    // ------------------------------------------------------------------ IDX and raw files

    static byte[] idxImages(int count, int dataBytes) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(16 + dataBytes);
        b.putInt(0x803).putInt(count).putInt(28).putInt(28);
        return b.array();
    }

    static Setup mnist(byte[] images) {
        return d -> {
            Path m = Files.createDirectories(d.resolve("mnist"));
            write(m, "train-images-idx3-ubyte", images);
            write(m, "train-labels-idx1-ubyte", java.nio.ByteBuffer.allocate(10).putInt(0x801).putInt(2).array());
            return new String[] {"data", "mnist", "--dir", m.toString()};
        };
    }

    static final String RAW_HEADER = "Title: t\nDate: d\nPlotname: Transient Analysis\nFlags: real\nNo. Variables: 2\n"
            + "No. Points: %d\nVariables:\n\t0\ttime\ttime\n\t1\tv(out)\tvoltage\n%s:\n";

    static Stream<Arguments> idxAndRaw() {
        String header = String.format(RAW_HEADER, 3, "Binary");
        return Stream.of(
                c("IDX: images cut short", "memcim data mnist", List.of("train-images-idx3-ubyte: byte 116", "end of file after 116 bytes"),
                        mnist(idxImages(2, 100))),
                c("IDX: a labels file where the images should be", "memcim data mnist", List.of("train-images-idx3-ubyte: byte 0", "magic number"),
                        mnist(java.nio.ByteBuffer.allocate(16).putInt(0x801).putInt(2).array())),
                c("raw: binary values cut short", "memcim raw", List.of("r.raw: byte " + header.length(), "48 bytes of binary values", "found 20 bytes"),
                        d -> new String[] {"raw", write(d, "r.raw", concat(header.getBytes(StandardCharsets.US_ASCII), new byte[20])).toString()}),
                c("raw: a point count far beyond the file (no allocation of it)", "memcim raw", List.of("r.raw: byte", "cut short"),
                        d -> new String[] {"raw", write(d, "r.raw", String.format(RAW_HEADER, 2_000_000_000, "Values") + "0\t0\n\t1\n").toString()}));
    }

    // ------------------------------------------------------------------ helpers

    static String edit(String json, Consumer<ObjectNode> edit) {
        ObjectNode tree;
        try {
            tree = (ObjectNode) Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        edit.accept(tree);
        return Json.write(tree);
    }

    static Path write(Path d, String name, String text) throws IOException {
        return Files.writeString(d.resolve(name), text);
    }

    static Path write(Path d, String name, byte[] bytes) throws IOException {
        return Files.write(d.resolve(name), bytes);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static Path copyTree(Path from, Path to) {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
