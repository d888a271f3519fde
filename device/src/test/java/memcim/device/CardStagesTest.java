package memcim.device;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import memcim.core.InputException;
import memcim.core.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Stage sections of a card: chosen by "law", written back byte for byte, and every bad section named. */
class CardStagesTest {
    private static ObjectNode preset(String name) {
        try {
            return (ObjectNode) Json.mapper().readTree(DevicePresets.load(name).toJson());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode section(ObjectNode root, String path) {
        ObjectNode n = root;
        for (String p : path.split("\\.")) n = (ObjectNode) n.get(p);
        return n;
    }

    private static Arguments c(String preset, String message, Consumer<ObjectNode> edit) {
        return Arguments.of(preset, message, edit);
    }

    /** Sets {@code key} of the section at {@code path} to a number, a string or, for null, removes it. */
    private static Consumer<ObjectNode> put(String path, String key, Object value) {
        return r -> {
            ObjectNode n = section(r, path);
            if (value == null) n.remove(key);
            else if (value instanceof Number v) n.put(key, v.doubleValue());
            else n.put(key, value.toString());
        };
    }

    static Stream<Arguments> badCards() {
        return Stream.of(
                c("hfox-1t1r", "card.json: readNoise.law: expected one of [one-over-f, white], found \"pink\"", put("readNoise", "law", "pink")),
                c("hfox-1t1r", "card.json: pulses.law: expected one of [none, nonlinear-bounded], found missing field", put("pulses", "law", null)),
                c("hfox-1t1r", "card.json: dynamics.law: expected one of [diffusion-drift, none], found 3.0", put("dynamics", "law", 3)),
                c("hfox-1t1r", "card.json: programming.law: expected one of [one-set, polynomial], found \"verify\"",
                        put("programming", "law", "verify")),
                c("hfox-1t1r", "card.json: drift.nuMin: expected one of [law, nuMean, nuSigma], found unknown key 'nuMin'",
                        put("drift", "nuMin", 0)),
                c("hfox-1t1r", "card.json: pulses: expected a value, found missing field", r -> r.remove("pulses")),
                c("pcm", "card.json: drift.nuMean.slope: expected a value, found missing field", put("drift.nuMean", "slope", null)),
                c("pcm", "card.json: drift.nuSigma.max: expected >= min (0.008), found 0.001", put("drift.nuSigma", "max", 0.001)),
                c("pcm", "card.json: readNoise.qCoefficient: expected a number, found \"NaN\"", put("readNoise", "qCoefficient", "NaN")),
                c("pcm", "card.json: readNoise.readPulseSeconds: expected > 0, found NaN", put("readNoise", "readPulseSeconds", Double.NaN)),
                c("pcm", "card.json: programming.sigmaCoefficientsSiemens[1]: expected a number, found \"big\"",
                        r -> ((ArrayNode) section(r, "programming").get("sigmaCoefficientsSiemens")).set(1, TextNode.valueOf("big"))),
                c("pcm", "card.json: programming.gMaxSiemens: expected siemens (SI) between 1e-12 and 1, found 2500 "
                        + "(a value in micro- or milli-units written without the SI factor?)", put("programming", "gMaxSiemens", 2500)),
                c("rram-pulsed", "card.json: pulses.setStepSiemens: expected <= maxSiemens - minSiemens (9e-5), found 0.0002",
                        put("pulses", "setStepSiemens", 2e-4)),
                c("rram-pulsed", "card.json: pulses.cycleToCycleSigma: expected < 1 (a relative spread), found 1.5",
                        put("pulses", "cycleToCycleSigma", 1.5)),
                c("ddk-dynamic", "card.json: dynamics.minState: expected > 0, found 0", put("dynamics", "minState", 0)),
                c("ddk-dynamic", "card.json: sources[0]: expected a string, found 7", r -> r.putArray("sources").add(7)));
    }

    @ParameterizedTest
    @MethodSource("badCards")
    void eachBadSectionNamesFileFieldExpectedAndFound(String preset, String message, Consumer<ObjectNode> edit) {
        ObjectNode tree = preset(preset);
        edit.accept(tree);
        // Jackson writes a NaN double as the string "NaN": parse from a tree, not text, to keep a numeric NaN numeric
        InputException e = assertThrows(InputException.class, () -> CardReader.read(tree, "card.json", null));
        assertEquals(message, e.getMessage());
    }

    @Test
    void everyPresetRoundTripsByteForByteWithItsLawsNamed() {
        for (String name : DevicePresets.names()) {
            DeviceCard c = DevicePresets.load(name);
            String json = c.toJson();
            for (String section : new String[] {"programming", "drift", "readNoise", "pulses", "dynamics"}) {
                assertTrue(json.matches("(?s).*\"" + section + "\" : \\{\\s*\"law\" : \"[a-z-]+\".*"), name + " " + section);
            }
            DeviceCard back = DeviceCard.parse(json, "round-trip");
            assertEquals(c, back);
            assertEquals(json, back.toJson());
        }
    }

    @Test
    void presetsSelectTheirStages() {
        assertEquals(new OneSetProgramming(), DevicePresets.load("hfox-1t1r").programming());
        assertEquals(new DecadeDrift(0.001, 0.002), DevicePresets.load("hfox-1t1r").drift());
        assertEquals("nonlinear-bounded", DevicePresets.load("rram-pulsed").pulses().law());
        assertEquals("diffusion-drift", DevicePresets.load("ddk-dynamic").dynamics().law());
        assertEquals(new ClippedLogLinear(-0.0155, 0.0244, 0.049, 0.1),
                ((ConductanceDependentPowerDrift) DevicePresets.load("pcm").drift()).nuMean());
    }

    @Test
    void overridesReachIntoStageSections() {
        DeviceCard c = DevicePresets.load("pcm", Map.of("drift.nuSigma.max", "0.04", "programming.sigmaCoefficientsSiemens[2]", "-1e-6"));
        assertEquals(0.04, ((ConductanceDependentPowerDrift) c.drift()).nuSigma().max());
        assertEquals(-1e-6, ((PolynomialProgramming) c.programming()).sigmaCoefficientsSiemens().get(2));
    }
}
