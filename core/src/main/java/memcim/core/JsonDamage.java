package memcim.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Damaged copies of a good JSON document, for the damage tests of every reader (issue 17: a reader must either
 * read a damaged file or refuse it with an {@link InputException} naming it): each field and array element in turn
 * removed, set to null, to a string, a negative integer, a fraction, the string "Infinity" or an empty object.
 */
public final class JsonDamage {
    private JsonDamage() {}

    /** One damaged document: the JSON pointer of what was damaged, and the document's text. */
    public record Damaged(String pointer, String json) {}

    private static final JsonNode[] VALUES = {null, NullNode.instance, TextNode.valueOf("x"), IntNode.valueOf(-1),
            DoubleNode.valueOf(0.5), TextNode.valueOf("Infinity"), Json.mapper().createObjectNode()};

    public static List<Damaged> of(String good) {
        List<String> pointers = new ArrayList<>();
        collect(Json.parse(good, "good"), "", pointers);
        List<Damaged> out = new ArrayList<>();
        for (String pointer : pointers) {
            for (JsonNode v : VALUES) {
                JsonNode tree = Json.parse(good, "good");
                String parent = pointer.substring(0, pointer.lastIndexOf('/'));
                String last = pointer.substring(pointer.lastIndexOf('/') + 1);
                JsonNode at = parent.isEmpty() ? tree : tree.at(parent);
                if (at instanceof ObjectNode o) {
                    if (v == null) o.remove(last); else o.set(last, v);
                } else if (at instanceof ArrayNode a) {
                    if (v == null) a.remove(Integer.parseInt(last)); else a.set(Integer.parseInt(last), v);
                }
                out.add(new Damaged(pointer, Json.write(tree)));
            }
        }
        return out;
    }

    /** Damaged copies per field and value: {@link #of} gives this many for each pointer. */
    public static int variantsPerField() { return VALUES.length; }

    private static void collect(JsonNode n, String at, List<String> out) {
        if (n.isObject()) n.fields().forEachRemaining(e -> { out.add(at + "/" + e.getKey()); collect(e.getValue(), at + "/" + e.getKey(), out); });
        else if (n.isArray()) for (int i = 0; i < n.size(); i++) { out.add(at + "/" + i); collect(n.get(i), at + "/" + i, out); }
    }
}
