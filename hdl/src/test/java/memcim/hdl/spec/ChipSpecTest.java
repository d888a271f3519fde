package memcim.hdl.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import memcim.core.InputException;
import memcim.core.Json;
import memcim.hdl.periphery.PeripheryConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChipSpecTest {
    @TempDir Path dir;

    @Test
    void referenceChipHas75ArraysForFiftySamples() {
        ChipSpec ref = ChipSpec.reference();
        assertEquals(50, ref.network().samples());
        assertEquals(2, ref.layer2BlocksPerArray());
        assertEquals(75, ref.arrayCount());
        assertEquals(15, ref.withSamples(10).arrayCount());
        assertTrue(ref.describe().contains("75 of 32x32 1T1R (SPICE: lumped wires, chord cells)"), ref.describe());
    }

    @Test
    void jsonRoundTripGivesTheSameRecordAndBytes() throws Exception {
        Path file = dir.resolve("chip.json");
        Json.writeFile(file, ChipSpec.reference());
        String text = Files.readString(file);
        assertTrue(text.contains("\"cell\" : \"1T1R\"") && text.contains("\"spiceWires\" : \"lumped\"")
                && text.contains("\"frontEnd\" : \"transimpedance\""), text);
        ChipSpec back = ChipSpec.load(file);
        assertEquals(ChipSpec.reference(), back);
        assertEquals(text, Json.write(back));
    }

    @Test
    void peripheryIsTheSpecsNetworkAdcAndScalings() {
        PeripheryConfig p = ChipSpec.reference().periphery();
        assertEquals(new PeripheryConfig(32, 16, 9, 50, 3, 10, 6, 4, 250), p);
        assertEquals(10 + 1 + 3 + 1, p.accWidth());
    }

    /** Each limit, broken in a chip file, is reported by its JSON path with the range and the block that sets it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "network.hidden         | 17   | network.hidden         | a number in [2, 16] (hdl inference controller: 4-bit neuron count)",
            "network.inputs         | 65   | network.inputs         | a number in [16, 64] (hdl chip: at least network.hidden, 64 word lines at most)",
            "network.inputs         | 40   | network.inputs         | a number in [0, 32] (array.rows)",
            "network.outputs        | 16   | network.outputs        | a number in [2, 15] (hdl softmax and controller)",
            "network.activationBits | 4    | network.activationBits | a number in [1, 3] (hdl bit-serial sequencers: 2-bit phase counter)",
            "network.samples        | 256  | network.samples        | a number in [1, 255] (hdl controller and uncertainty unit: 8-bit sample counter)",
            "adc.bits               | 13   | adc.bits               | a number in [2, 12]",
            "adc.bits               | 2    | adc.bits               | a number in [3, 12] (hdl softmax: 8-bit logits)",
            "digital.reluShift      | 12   | digital.reluShift      | a number in [0, 11] (hdl clipped ReLU of the 15-bit sum)",
            "digital.expShift       | -1   | digital.expShift       | a number in [0, 14] (hdl softmax: below the 15-bit logit)",
            "digital.stepMilli      | 0    | digital.stepMilli      | a number in [1, 8000] (hdl exponential table)",
            "read.vReadVolts        | 1.5  | read.vReadVolts        | a number in [0.01, 0.3]",
            "clock.frequencyHertz   | 0    | clock.frequencyHertz   | a number in [1000, 2000000000]",
            "array.hidden           | 1    | array.hidden           | one of [rows, columns, cell, wireSegmentOhms, wireSegmentFarads, gateVolts, gateFarads, spiceWires, spiceCells]",
    })
    void eachLimitErrorNamesItsPath(String path, String value, String where, String expected) throws Exception {
        InputException e = assertThrows(InputException.class, () -> ChipSpec.load(withValue(path, value)));
        assertEquals(dir.resolve("chip.json") + ": " + where, e.where());
        assertEquals(expected, e.expected());
    }

    @Test
    void enumValuesAreCheckedBeforeBindingAndListed() throws Exception {
        InputException wires = assertThrows(InputException.class, () -> ChipSpec.load(withValue("array.spiceWires", "\"coarse\"")));
        assertEquals(dir.resolve("chip.json") + ": array.spiceWires", wires.where());
        assertEquals("one of distributed, lumped", wires.expected());
        assertEquals("\"coarse\"", wires.found());
        InputException fe = assertThrows(InputException.class, () -> ChipSpec.load(withValue("adc.frontEnd", "\"flash\"")));
        assertEquals("one of transimpedance", fe.expected());
    }

    @Test
    void removedSettingsAreUnknownKeys() throws Exception {
        // adc.settleCycles and network.hiddenBits did nothing: the controller's timing and its one width are the hdl's
        InputException e = assertThrows(InputException.class, () -> ChipSpec.load(withValue("adc.settleCycles", "2")));
        assertEquals(dir.resolve("chip.json") + ": adc.settleCycles", e.where());
        assertEquals("unknown key 'settleCycles'", e.found());
    }

    @Test
    void misspeltKeyInFileIsAnInputErrorNamingTheKey() throws Exception {
        Path file = dir.resolve("chip.json");
        Files.writeString(file, Json.write(ChipSpec.reference()).replace("\"seed\"", "\"sede\""));
        var e = assertThrows(InputException.class, () -> ChipSpec.load(file));
        assertEquals(file + ": sede", e.where());
        assertEquals("unknown key 'sede'", e.found());
    }

    /** The reference chip's file with one value (JSON text) set at a dotted path. */
    private Path withValue(String path, String json) throws Exception {
        JsonNode root = Json.mapper().readTree(Json.write(ChipSpec.reference()));
        String[] keys = path.split("\\.");
        ObjectNode node = (ObjectNode) root;
        for (int k = 0; k < keys.length - 1; k++) node = (ObjectNode) node.get(keys[k]);
        node.set(keys[keys.length - 1], Json.mapper().readTree(json));
        Path file = dir.resolve("chip.json");
        Files.writeString(file, Json.write(root));
        return file;
    }
}
