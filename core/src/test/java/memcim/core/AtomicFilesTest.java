package memcim.core;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output targets (issue 17): no special file ever replaced, whole-folder writes, failures leave the old output. */
class AtomicFilesTest {
    @TempDir Path dir;

    static Path fifo(Path p) throws Exception {
        Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        assertEquals(0, mk.waitFor(), "mkfifo " + p);
        assertEquals(OutputTarget.Type.NAMED_PIPE, OutputTarget.kind(p).type());
        return p;
    }

    /** Every entry under dir: relative path and (for a file) its content, (for a folder) "dir", else its kind. */
    static TreeMap<String, String> tree(Path root) throws IOException {
        TreeMap<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.toList()) {
                String rel = root.relativize(p).toString();
                if (Files.isSymbolicLink(p)) m.put(rel, "link " + Files.readSymbolicLink(p));
                else if (Files.isDirectory(p)) m.put(rel + "/", "dir");
                else if (Files.isRegularFile(p)) m.put(rel, Files.readString(p));
                else m.put(rel, OutputTarget.kind(p).describe());
            }
        }
        return m;
    }

    @Test
    void kindsAreNamed() throws Exception {
        assertEquals("a named pipe", OutputTarget.kind(fifo(dir.resolve("p"))).describe());
        assertEquals("a character device", OutputTarget.kind(Path.of("/dev/full")).describe());
        Files.createSymbolicLink(dir.resolve("l"), dir.resolve("p"));
        assertEquals("a symbolic link to a named pipe", OutputTarget.kind(dir.resolve("l")).describe());
        Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("nothing"));
        assertEquals("a symbolic link to nothing", OutputTarget.kind(dir.resolve("dangling")).describe());
        assertTrue(OutputTarget.kind(dir.resolve("new")).absent());
        assertTrue(OutputTarget.kind(dir).folder());
    }

    @Test
    void aPipeIsRefusedAndLeftInPlace() throws Exception {
        Path p = fifo(dir.resolve("p"));
        InputException e = assertThrows(InputException.class, () -> OutputTarget.file(p, "--out"));
        assertEquals("--out: expected a regular file or a new path, found a named pipe '" + p + "'", e.getMessage());
        InputException w = assertThrows(InputException.class, () -> AtomicFiles.write(p, "x"));
        assertTrue(w.getMessage().contains("a named pipe"), w.getMessage());
        assertEquals(OutputTarget.Type.NAMED_PIPE, OutputTarget.kind(p).type());
        assertEquals(1, tree(dir).size() - 1, "nothing but the pipe: " + tree(dir));
    }

    @Test
    void aPipeThatAppearsWhileWritingIsNotReplaced() throws Exception {
        Path target = dir.resolve("late");
        InputException e = assertThrows(InputException.class, () -> AtomicFiles.write(target, tmp -> {
            Files.writeString(tmp, "content");
            try { fifo(target); } catch (Exception x) { throw new IOException(x); }
        }));
        assertTrue(e.getMessage().contains("named pipe"), e.getMessage());
        assertEquals(OutputTarget.Type.NAMED_PIPE, OutputTarget.kind(target).type(), "the pipe is still there");
        assertEquals(2, tree(dir).size(), "no temporary file left: " + tree(dir));
    }

    @Test
    void aLinkToADeviceIsRefusedAndTheLinkKept() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("full"), Path.of("/dev/full"));
        InputException e = assertThrows(InputException.class, () -> AtomicFiles.write(link, "x"));
        assertTrue(e.getMessage().endsWith("found a symbolic link to a character device"), e.getMessage());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(OutputTarget.Type.CHARACTER_DEVICE, OutputTarget.kind(Path.of("/dev/full")).type());
    }

    @Test
    void aLinkToARegularFileIsWrittenThrough() throws Exception {
        Path real = Files.writeString(dir.resolve("real.txt"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real);
        AtomicFiles.write(link, "new");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(real));
    }

    @Test
    void aFolderIsNoFileAndAFileNoFolder() throws Exception {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Path file = Files.writeString(dir.resolve("file.txt"), "keep");
        assertEquals("-o: expected a regular file or a new path, found a folder '" + sub + "'",
                assertThrows(InputException.class, () -> OutputTarget.file(sub, "-o")).getMessage());
        assertEquals("--out: expected a folder or a new path, found a regular file '" + file + "'",
                assertThrows(InputException.class, () -> OutputTarget.folder(file, "--out")).getMessage());
        assertThrows(InputException.class, () -> AtomicFiles.write(sub, "x"));
        assertThrows(InputException.class, () -> AtomicFolder.write(file, "--out", d -> Files.writeString(d.resolve("a"), "a")));
        assertEquals("keep", Files.readString(file));
        assertTrue(Files.isDirectory(sub));
    }

    @Test
    void aPathUnderAFileCanNeverBeCreated() throws Exception {
        Path file = Files.writeString(dir.resolve("file.txt"), "keep");
        Path under = file.resolve("sub/out");
        InputException e = assertThrows(InputException.class, () -> OutputTarget.folder(under, "--out"));
        assertEquals("--out: expected a path in a folder that exists or can be created, found '" + under
                + "' under a regular file '" + file + "'", e.getMessage());
        assertThrows(InputException.class, () -> OutputTarget.file(under, "--raw"));
        InputException w = assertThrows(InputException.class, () -> AtomicFiles.write(under, "x"));
        assertTrue(w.getMessage().startsWith(under + ": expected an output file that can be written, found "), w.getMessage());
        assertEquals(2, tree(dir).size());
    }

    @Test
    void aNewFileInNewFoldersIsFineAndAFailedOneLeavesNoFolders() throws Exception {
        Path deep = dir.resolve("a/b/c.txt");
        assertSame(deep, OutputTarget.file(deep, "-o"));
        assertFalse(Files.exists(dir.resolve("a")), "the check creates nothing");
        assertThrows(InputException.class, () -> AtomicFiles.write(deep, tmp -> { throw new IOException("No space left on device"); }));
        assertEquals(1, tree(dir).size(), "the folders made for the file are gone: " + tree(dir));
        AtomicFiles.write(deep, "ok");
        assertEquals("ok", Files.readString(deep));
    }

    @Test
    void aNameTooLongForTheFileSystemIsABadTargetAndTheTemporaryNameStaysShort() throws Exception {
        Path longest = dir.resolve("n".repeat(255));
        AtomicFiles.write(longest, "fits");   // a temporary name longer than the target's would not
        assertEquals("fits", Files.readString(longest));
        Path tooLong = dir.resolve("n".repeat(300));
        InputException e = assertThrows(InputException.class, () -> AtomicFiles.write(tooLong, "x"));
        assertTrue(e.getMessage().contains("File name too long"), e.getMessage());
        assertEquals(2, tree(dir).size());
    }

    @Test
    void aNewFolderAppearsWhole() throws Exception {
        Path out = dir.resolve("parent/out");
        List<Path> seen = AtomicFolder.write(out, "--out", d -> {
            Files.writeString(d.resolve("a.v"), "a");
            Files.createDirectories(d.resolve("sub"));
            Files.writeString(d.resolve("sub/b.v"), "b");
            assertFalse(Files.exists(out), "nothing at the target while writing");
            return List.of(d);
        });
        assertNotEquals(out, seen.get(0));
        assertEquals(new TreeMap<>(java.util.Map.of("/", "dir", "a.v", "a", "sub/", "dir", "sub/b.v", "b")), tree(out));
        assertEquals(List.of("out"), Files.list(dir.resolve("parent")).map(p -> p.getFileName().toString()).toList(), "no temporary folder left");
    }

    @Test
    void anExistingFolderKeepsWhatTheOutputDoesNotHaveAndGetsTheRestAtTheEnd() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("README.md"), "mine");
        Files.writeString(out.resolve("a.v"), "old a");
        Files.createDirectories(out.resolve("sub"));
        Files.writeString(out.resolve("sub/stale.v"), "stale");
        AtomicFolder.write(out, "--out", d -> {
            Files.writeString(d.resolve("a.v"), "new a");
            Files.createDirectories(d.resolve("sub"));
            Files.writeString(d.resolve("sub/b.v"), "b");
            assertEquals("old a", Files.readString(out.resolve("a.v")), "the old output stays until the end");
            return null;
        });
        TreeMap<String, String> t = tree(out);
        assertEquals("mine", t.get("README.md"));
        assertEquals("new a", t.get("a.v"));
        assertEquals("b", t.get("sub/b.v"));
        assertNull(t.get("sub/stale.v"), "a subfolder is replaced whole");
        assertEquals(5, t.size(), "no temporary folder left: " + t);
    }

    @Test
    void aFailureMidwayLeavesTheOldFolderAsItWasAndNoTemporaryFolder() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("a.v"), "old a");
        TreeMap<String, String> before = tree(dir);
        InputException e = assertThrows(InputException.class, () -> AtomicFolder.write(out, "--out", d -> {
            Files.writeString(d.resolve("a.v"), "new a");
            Files.writeString(d.resolve("b.v"), "b");
            throw new InputException("--vcd", "a file", "a failure after two files");
        }));
        assertEquals("--vcd: expected a file, found a failure after two files", e.getMessage());
        assertEquals(before, tree(dir));
        Path fresh = dir.resolve("x/y/new");
        assertThrows(InputException.class, () -> AtomicFolder.write(fresh, "--out", d -> { throw new IOException("Input/output error"); }));
        assertEquals(before, tree(dir), "the folders made for the new output are gone too");
    }

    @Test
    void aSpecialNamesakeInTheOldFolderIsRefusedBeforeAnythingMoves() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("a.v"), "old a");
        fifo(out.resolve("z.v"));
        Files.writeString(out.resolve("sub"), "a file where the output has a folder");
        TreeMap<String, String> before = tree(dir);
        InputException e = assertThrows(InputException.class, () -> AtomicFolder.write(out, "--out", d -> {
            Files.writeString(d.resolve("a.v"), "new a");
            Files.writeString(d.resolve("z.v"), "z");
            return null;
        }));
        assertEquals("--out: expected a folder whose 'z.v' is a regular file or absent, found a named pipe '" + out + "/z.v'", e.getMessage());
        assertEquals(before, tree(dir), "a.v (sorted first) was not replaced either");
        assertThrows(InputException.class, () -> AtomicFolder.write(out, "--out", d -> Files.createDirectories(d.resolve("sub"))));
        assertEquals(before, tree(dir));
    }

    @Test
    void aLinkToAFolderIsWrittenThrough() throws Exception {
        Path real = Files.createDirectories(dir.resolve("run3"));
        Path link = Files.createSymbolicLink(dir.resolve("latest"), real);
        AtomicFolder.write(link, "--out", d -> Files.writeString(d.resolve("m.json"), "{}"));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("{}", Files.readString(real.resolve("m.json")));
        Path pipe = fifo(dir.resolve("p"));
        Path toPipe = Files.createSymbolicLink(dir.resolve("to-pipe"), pipe);
        assertEquals("--out: expected a folder or a new path, found a symbolic link to a named pipe '" + toPipe + "'",
                assertThrows(InputException.class, () -> OutputTarget.folder(toPipe, "--out")).getMessage());
    }

    @Test
    void namesakesKnownBeforeTheWorkAreCheckedByTheFolderCheck() throws Exception {
        Path out = Files.createDirectories(dir.resolve("model"));
        Files.writeString(out.resolve("model.json"), "{}");
        Files.createDirectories(out.resolve("data"));
        assertSame(out, OutputTarget.folder(out, "--out", "model.json", "data/", "report.json"));
        fifo(out.resolve("report.json"));
        assertEquals("--out: expected a folder whose 'report.json' is a regular file or absent, found a named pipe '" + out + "/report.json'",
                assertThrows(InputException.class, () -> OutputTarget.folder(out, "--out", "model.json", "report.json")).getMessage());
        assertEquals("--out: expected a folder whose 'model.json' is a folder or absent, found a regular file '" + out + "/model.json'",
                assertThrows(InputException.class, () -> OutputTarget.folder(out, "--out", "model.json/")).getMessage());
        assertSame(out, OutputTarget.folder(out, "--out"), "without entries only the folder itself is checked");
    }

    /** A run that ends (Ctrl-C, kill, exit) in the middle of a folder and a file write: {@code main(dir)}. */
    static final class ExitMidway {
        public static void main(String[] args) {
            Path d = Path.of(args[0]);
            AtomicFolder.write(d.resolve("out"), "--out", f -> {
                Files.writeString(f.resolve("a.v"), "a");
                AtomicFiles.write(d.resolve("chip.vcd"), tmp -> {
                    Files.writeString(tmp, "half");
                    System.exit(130);
                });
                return null;
            });
        }
    }

    @Test
    void aRunEndedMidwayLeavesNoTemporaryFileOrFolder() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ExitMidway.class.getName(), dir.toString()).inheritIO().start();
        assertEquals(130, p.waitFor());
        assertEquals(1, tree(dir).size(), "nothing left: " + tree(dir));
    }

    @Test
    void aPendingFileLandsOnlyOnCommitAndCanBePutBack() throws Exception {
        Path f = Files.writeString(dir.resolve("chip.vcd"), "old");
        try (AtomicFiles.Pending p = AtomicFiles.prepare(f, tmp -> Files.writeString(tmp, "new"))) {
            assertEquals("old", Files.readString(f), "nothing moved before commit");
            p.commitKeepingOld();
            assertEquals("new", Files.readString(f));
            p.undo();
            assertEquals("old", Files.readString(f), "the old file is back");
        }
        assertEquals(2, tree(dir).size(), "no temporary or kept file left: " + tree(dir));
        Path fresh = dir.resolve("new/fresh.vcd");
        try (AtomicFiles.Pending p = AtomicFiles.prepare(fresh, tmp -> Files.writeString(tmp, "x"))) {
            p.commitKeepingOld();
            p.undo();
        }
        assertEquals(2, tree(dir).size(), "a new file undone is gone: " + tree(dir));
        try (AtomicFiles.Pending p = AtomicFiles.prepare(f, tmp -> Files.writeString(tmp, "kept"))) {
            p.commitKeepingOld();
        }
        assertEquals("kept", Files.readString(f));
        assertEquals(2, tree(dir).size(), "the kept old file goes on close: " + tree(dir));
        try (AtomicFiles.Pending p = AtomicFiles.prepare(f, tmp -> Files.writeString(tmp, "never"))) {
            assertEquals(3, tree(dir).size(), "the temporary file while pending");
        }
        assertEquals("kept", Files.readString(f));
        assertEquals(2, tree(dir).size(), "an uncommitted file is removed on close");
    }
}
