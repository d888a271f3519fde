package memcim.templates;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplatesTest {
    public record Row(String name, String a, String b, double ohms) {
        public String getName() { return name; }
        public String getA() { return a; }
        public String getB() { return b; }
        public double getOhms() { return ohms; }
    }

    @Test
    void rendersLoops() {
        String s = Templates.render("test/hello.vm", Map.of("title", "divider",
                "rows", List.of(new Row("1", "in", "mid", 1000), new Row("2", "mid", "0", 2000))));
        assertEquals("* divider\nR1 in mid 1000.0\nR2 mid 0 2000.0\n", s);
    }

    @Test
    void missingValueFails() {
        assertThrows(RuntimeException.class, () -> Templates.render("test/hello.vm", Map.of("title", "x")));
    }

    @Test
    void missingTemplateIsNamed() {
        var e = assertThrows(IllegalArgumentException.class, () -> Templates.render("nope.vm", Map.of()));
        assertTrue(e.getMessage().contains("nope.vm"));
    }
}
