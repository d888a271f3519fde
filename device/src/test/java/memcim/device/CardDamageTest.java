package memcim.device;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import memcim.core.InputException;
import memcim.core.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every field of a DeviceCard file removed, nulled or given a value of another kind: a DeviceCard or an InputException naming the file (issue 17). */
class CardDamageTest {
    @TempDir Path dir;

    @Test
    void everyFieldDamagedGivesAValueOrAnInputError() throws Exception {
        String good = DevicePresets.load("ddk-dynamic").toJson();
        Path f = dir.resolve("x.json");
        List<String> pointers = new ArrayList<>();
        collect(Json.parse(good, "x"), "", pointers);
        JsonNode[] values = {null, NullNode.instance, TextNode.valueOf("x"), IntNode.valueOf(-1), DoubleNode.valueOf(0.5),
                TextNode.valueOf("Infinity"), Json.mapper().createObjectNode()};
        int refused = 0;
        for (String pointer : pointers) {
            for (JsonNode v : values) {
                JsonNode tree = Json.parse(good, "x");
                String parent = pointer.substring(0, pointer.lastIndexOf('/'));
                String last = pointer.substring(pointer.lastIndexOf('/') + 1);
                JsonNode at = parent.isEmpty() ? tree : tree.at(parent);
                if (at instanceof ObjectNode o) {
                    if (v == null) o.remove(last); else o.set(last, v);
                } else if (at instanceof ArrayNode a) {
                    if (v == null) a.remove(Integer.parseInt(last)); else a.set(Integer.parseInt(last), v);
                }
                Files.writeString(f, Json.write(tree));
                try {
                    DeviceCard.load(f);
                } catch (InputException e) {
                    refused++;
                    assertTrue(e.where().startsWith(f.toString()), pointer + " -> " + e.getMessage());
                }
            }
        }
        assertTrue(refused > pointers.size() * 3, refused + " of " + pointers.size() * values.length);
    }

    private static void collect(JsonNode n, String at, List<String> out) {
        if (n.isObject()) n.fields().forEachRemaining(e -> { out.add(at + "/" + e.getKey()); collect(e.getValue(), at + "/" + e.getKey(), out); });
        else if (n.isArray()) for (int i = 0; i < n.size(); i++) { out.add(at + "/" + i); collect(n.get(i), at + "/" + i, out); }
    }
}
