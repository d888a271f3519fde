package memcim.core;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoreTest {
    @TempDir Path dir;

    @Test
    void atomicWriteLeavesNothingBehindOnFailure() throws Exception {
        Path target = dir.resolve("out.txt");
        Files.writeString(target, "old");
        assertThrows(InputException.class, () -> AtomicFiles.write(target, tmp -> {
            Files.writeString(tmp, "half");
            throw new java.io.IOException("disk full");
        }));
        assertEquals("old", Files.readString(target));
        try (var s = Files.list(dir)) { assertEquals(1, s.count()); }
    }

    @Test
    void errorLinesEscapeControlCharacters() {
        assertEquals("'a\\nb\\x1b[31m\\0'", ErrorLine.quote("a\nb\u001b[31m\0"));
        InputException e = new InputException("f\n.json", "x", "y\r");
        assertEquals("memcim t: error: f\\n.json: expected x, found y\\r", ErrorLine.input("memcim t", e));
        assertEquals("memcim t: internal error: IllegalStateException: a\\nb", ErrorLine.internal("memcim t", new IllegalStateException("a\nb")));
    }

    @Test
    void writtenFilesAreReadableByOthers() throws Exception {
        Path target = dir.resolve("shared.txt");
        AtomicFiles.write(target, "x");
        assertTrue(java.nio.file.Files.getPosixFilePermissions(target)
                .contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ));
    }

    @Test
    void jsonIsDeterministicAndSorted() {
        Map<String, Object> m = new TreeMap<>();
        m.put("b", 1); m.put("a", 2.5);
        assertEquals("{\n  \"a\" : 2.5,\n  \"b\" : 1\n}\n", Json.write(m));
    }

    record Small(double volts) {}

    @Test
    void unknownKeyIsNamed() throws Exception {
        Path f = dir.resolve("s.json");
        Files.writeString(f, "{\"volts\": 1, \"vots\": 2}");
        InputException e = assertThrows(InputException.class, () -> Json.read(f, Small.class));
        assertTrue(e.getMessage().contains("vots"), e.getMessage());
        assertTrue(e.getMessage().contains("s.json"), e.getMessage());
    }

    @Test
    void syntaxErrorHasLine() throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "{\n \"volts\": ,\n}");
        InputException e = assertThrows(InputException.class, () -> Json.readTree(f));
        assertTrue(e.where().contains("bad.json:2"), e.where());
    }
}
