package memcim.cli;

import static memcim.cli.BadInput.check;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad output targets (issue 17, classes 2 and 6; docs/errors.md "Outputs"): every command that writes checks its
 * output options before any work (a named pipe, a device, a link to one, a folder where a file is wanted, a file
 * where a folder is wanted, a path that can never be created), names the option and the path in one line, exit 2,
 * and leaves the watched folder as it was; a failure after the first files were written leaves the old output
 * folder exactly as it was and no temporary folder. Named pipes come from mkfifo (Linux).
 */
class BadInputOutputsTest {
    @TempDir Path dir;
    /** A small trained model, shared by the cases that need one (netlist chip). */
    @TempDir static Path shared;
    static Path model;

    @BeforeAll
    static void trainASmallModel() {
        model = shared.resolve("model");
        CliRun r = CliRun.memcim("train", "--beats", "45", "--epochs", "1", "--seed", "2", "--out", model.toString());
        assertEquals(0, r.code(), r.err());
    }

    Path fifo(String name) throws Exception {
        Path p = dir.resolve(name);
        Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        assertEquals(0, mk.waitFor(), "mkfifo " + p);
        return p;
    }

    Path file(String name) throws IOException {
        return Files.writeString(dir.resolve(name), "a user's file\n");
    }

    Path link(String name, Path to) throws IOException {
        return Files.createSymbolicLink(dir.resolve(name), to);
    }

    /** file.txt/sub/out: a folder that can never be created, whoever runs the test (root ignores permissions, not this). */
    Path underAFile() throws IOException {
        return file("file.txt").resolve("sub").resolve("out");
    }

    static String s(Path p) { return p.toString(); }

    // ---- memcim train --out (a folder)

    @Test
    void trainOutAPipe() throws Exception {
        Path p = fifo("p");
        check(dir, "memcim train", List.of("--out", "expected a folder or a new path", "a named pipe '" + p + "'"),
                "train", "--epochs", "1", "--out", s(p));
    }

    @Test
    void trainOutARegularFile() throws Exception {
        Path f = file("model.json");
        check(dir, "memcim train", List.of("--out", "a regular file '" + f + "'"), "train", "--out", s(f));
    }

    @Test
    void trainOutTheNullDevice() {
        check(dir, "memcim train", List.of("--out", "a character device '/dev/null'"), "train", "--out", "/dev/null");
    }

    @Test
    void trainOutALinkToAPipe() throws Exception {
        Path l = link("latest", fifo("p"));
        check(dir, "memcim train", List.of("--out", "a symbolic link to a named pipe '" + l + "'"), "train", "--out", s(l));
    }

    @Test
    void trainOutUnderAFile() throws Exception {
        Path u = underAFile();
        check(dir, "memcim train", List.of("--out", "a folder that exists or can be created", "under a regular file"),
                "train", "--out", s(u));
    }

    @Test
    void trainOutADanglingLink() throws Exception {
        Path l = link("gone", dir.resolve("nothing-here"));
        check(dir, "memcim train", List.of("--out", "a symbolic link to nothing '" + l + "'"), "train", "--out", s(l));
    }

    @Test
    void trainIsCheckedBeforeTheDataIsRead() throws Exception {
        Path f = file("f");
        // --data names no data set: had the data been read first, the error would name it
        check(dir, "memcim train", List.of("--out", "a regular file"), "train", "--data", s(dir.resolve("absent")), "--out", s(f));
    }

    @Test
    void trainWithAPipeWhereReportJsonGoesIsRefusedBeforeTraining() throws Exception {
        Path old = dir.resolve("model");
        Files.createDirectories(old);
        Files.writeString(old.resolve("model.json"), "{\"an\": \"old model\"}\n");
        Files.writeString(old.resolve("notes.txt"), "mine\n");
        Path pipe = fifo("model/report.json");
        // --data names no data set: the error is the target's, so it was found before the data was read
        check(dir, "memcim train", List.of("--out", "'report.json' is a regular file or absent", "a named pipe '" + pipe + "'"),
                "train", "--data", s(dir.resolve("absent")), "--out", s(old));
    }

    @Test
    void trainWithAFolderWhereTheDataFolderGoesIsFineButAFileIsNot() throws Exception {
        Path old = Files.createDirectories(dir.resolve("model"));
        Path data = file("model/data");
        check(dir, "memcim train", List.of("--out", "'data' is a folder or absent", "a regular file '" + data + "'"),
                "train", "--epochs", "1", "--out", s(old));
    }

    @Test
    void trainFailingAtTheVeryEndLeavesNoTemporaryFolder() throws Exception {
        // a name the file system refuses (over 255 bytes) is found only when the trained model folder moves into place
        Path tooLong = dir.resolve("m".repeat(300));
        check(dir, "memcim train", List.of("--out", "File name too long"), "train", "--beats", "45", "--epochs", "1", "--out", s(tooLong));
    }

    // ---- memcim demo --out (a folder)

    @Test
    void demoOutARegularFile() throws Exception {
        Path f = file("report.html");
        check(dir, "memcim demo", List.of("--out", "expected a folder or a new path", "a regular file '" + f + "'"), "demo", "--out", s(f));
    }

    @Test
    void demoOutTheFullDevice() {
        check(dir, "memcim demo", List.of("--out", "a character device '/dev/full'"), "demo", "--out", "/dev/full");
    }

    @Test
    void demoOutUnderAFile() throws Exception {
        check(dir, "memcim demo", List.of("--out", "under a regular file '" + dir.resolve("file.txt") + "'"), "demo", "--out", s(underAFile()));
    }

    @Test
    void demoOutALinkToTheNullDevice() throws Exception {
        Path l = link("out", Path.of("/dev/null"));
        check(dir, "memcim demo", List.of("--out", "a symbolic link to a character device '" + l + "'"), "demo", "--out", s(l));
    }

    @Test
    void demoWithAPipeWhereTheReportGoesIsRefusedBeforeTheFlow() throws Exception {
        Path old = Files.createDirectories(dir.resolve("demo"));
        Files.writeString(old.resolve("report.json"), "{}\n");
        Path pipe = fifo("demo/report.html");
        check(dir, "memcim demo", List.of("--out", "'report.html' is a regular file or absent", "a named pipe '" + pipe + "'"),
                "demo", "--out", s(old));
    }

    @Test
    void demoWithAFileWhereTheModelFolderGoes() throws Exception {
        Path old = Files.createDirectories(dir.resolve("demo"));
        Path model = file("demo/model");
        check(dir, "memcim demo", List.of("--out", "'model' is a folder or absent", "a regular file '" + model + "'"), "demo", "--out", s(old));
    }

    // ---- memcim netlist chip --out (a folder of 76 decks)

    @Test
    void netlistChipOutARegularFile() throws Exception {
        Path f = file("decks");
        // checked before the model is read: the model named does not exist
        check(dir, "memcim netlist chip", List.of("--out", "a regular file '" + f + "'"),
                "netlist", "chip", "--model", s(dir.resolve("no-model")), "--out", s(f));
    }

    @Test
    void netlistChipOutAPipe() throws Exception {
        Path p = fifo("decks");
        check(dir, "memcim netlist chip", List.of("--out", "a named pipe '" + p + "'"),
                "netlist", "chip", "--model", s(dir.resolve("no-model")), "--out", s(p));
    }

    @Test
    void netlistChipOutUnderAFile() throws Exception {
        check(dir, "memcim netlist chip", List.of("--out", "a folder that exists or can be created"),
                "netlist", "chip", "--model", s(dir.resolve("no-model")), "--out", s(underAFile()));
    }

    @Test
    void netlistChipFailingAtTheEndLeavesTheOldDecks() throws Exception {
        Path old = dir.resolve("spice");
        CliRun first = CliRun.memcim("netlist", "chip", "--model", s(model), "--out", s(old));
        assertEquals(0, first.code(), first.err());
        List<Path> decks = list(old);
        assertTrue(decks.size() > 7, "decks written: " + decks);
        Files.writeString(decks.get(0), "* an old deck, edited by hand\n");
        Path last = decks.get(decks.size() - 1);
        Files.delete(last);
        Files.createDirectory(last);   // a folder where the last deck goes: found only after all decks are written
        check(dir, "memcim netlist chip", List.of("--out", "'" + last.getFileName() + "' is a regular file or absent", "a folder '" + last + "'"),
                "netlist", "chip", "--model", s(model), "--out", s(old));
        assertEquals("* an old deck, edited by hand\n", Files.readString(decks.get(0)), "the first deck was not replaced");
    }

    // ---- memcim netlist crossbar --out (a folder of two files)

    @Test
    void netlistCrossbarOutARegularFile() throws Exception {
        Path f = file("crossbar.cir");
        check(dir, "memcim netlist crossbar", List.of("--out", "a regular file '" + f + "'"),
                "netlist", "crossbar", "--rows", "4", "--cols", "4", "--out", s(f));
    }

    @Test
    void netlistCrossbarOutALinkToAFile() throws Exception {
        Path l = link("out", file("real.txt"));
        check(dir, "memcim netlist crossbar", List.of("--out", "a symbolic link to a regular file '" + l + "'"),
                "netlist", "crossbar", "--rows", "4", "--cols", "4", "--out", s(l));
    }

    @Test
    void netlistCrossbarOutUnderAFile() throws Exception {
        check(dir, "memcim netlist crossbar", List.of("--out", "under a regular file"),
                "netlist", "crossbar", "--rows", "4", "--cols", "4", "--out", s(underAFile()));
    }

    @Test
    void netlistCrossbarWithAPipeWhereTheSidecarGoesIsRefused() throws Exception {
        Path out = Files.createDirectories(dir.resolve("xbar"));
        Files.writeString(out.resolve("crossbar.cir"), "* old deck\n");
        Path pipe = fifo("xbar/crossbar.json");
        check(dir, "memcim netlist crossbar", List.of("--out", "'crossbar.json'", "a named pipe '" + pipe + "'"),
                "netlist", "crossbar", "--rows", "4", "--cols", "4", "--out", s(out));
    }

    // ---- memcim hdl --out (a folder of 17 modules) and --vcd (a file)

    @Test
    void hdlOutARegularFile() throws Exception {
        Path f = file("chip_digital.v");
        check(dir, "memcim hdl", List.of("--out", "a regular file '" + f + "'"), "hdl", "--out", s(f));
    }

    @Test
    void hdlOutAPipe() throws Exception {
        Path p = fifo("verilog");
        check(dir, "memcim hdl", List.of("--out", "a named pipe '" + p + "'"), "hdl", "--out", s(p));
    }

    @Test
    void hdlVcdAFolder() throws Exception {
        Path d = Files.createDirectories(dir.resolve("waves"));
        check(dir, "memcim hdl", List.of("--vcd", "expected a regular file or a new path", "a folder '" + d + "'"),
                "hdl", "--out", s(dir.resolve("v")), "--vcd", s(d));
    }

    @Test
    void hdlVcdAPipe() throws Exception {
        Path p = fifo("chip.vcd");
        check(dir, "memcim hdl", List.of("--vcd", "a named pipe '" + p + "'"), "hdl", "--out", s(dir.resolve("v")), "--vcd", s(p));
    }

    @Test
    void hdlVcdTheFullDevice() {
        check(dir, "memcim hdl", List.of("--vcd", "a character device '/dev/full'"), "hdl", "--out", s(dir.resolve("v")), "--vcd", "/dev/full");
    }

    @Test
    void hdlVcdALinkToAPipe() throws Exception {
        Path l = link("chip.vcd", fifo("p"));
        check(dir, "memcim hdl", List.of("--vcd", "a symbolic link to a named pipe '" + l + "'"),
                "hdl", "--out", s(dir.resolve("v")), "--vcd", s(l));
    }

    @Test
    void hdlVcdUnderAFile() throws Exception {
        check(dir, "memcim hdl", List.of("--vcd", "a path in a folder that exists or can be created"),
                "hdl", "--out", s(dir.resolve("v")), "--vcd", s(underAFile()));
    }

    @Test
    void hdlVcdTheOutFolderItself() {
        Path v = dir.resolve("v");
        check(dir, "memcim hdl", List.of("--vcd", "a file apart from the --out folder", "'" + v + "'"), "hdl", "--out", s(v), "--vcd", s(v));
    }

    @Test
    void hdlVcdFailingAfterTheModulesLeavesTheOldFolder() throws Exception {
        Path old = dir.resolve("verilog");
        CliRun first = CliRun.memcim("hdl", "--out", s(old));
        assertEquals(0, first.code(), first.err());
        int modules = list(old).size();
        assertTrue(modules >= 10, "modules written: " + modules);
        Files.writeString(old.resolve("README.md"), "the user's own file\n");
        // a name the file system refuses (over 255 bytes): only found when the VCD is written, after the modules
        Path vcd = dir.resolve("w".repeat(300) + ".vcd");
        check(dir, "memcim hdl", List.of(vcd.toString(), "File name too long"),
                "hdl", "--samples", "20", "--out", s(old), "--vcd", s(vcd), "--vcd-cycles", "10");
        assertEquals(modules + 1, list(old).size());
    }

    @Test
    void hdlWhoseFolderCannotMoveIntoPlaceLeavesNoVcdEither() {
        // the modules and the VCD are written, then the folder's name is refused by the file system: neither is left
        Path tooLong = dir.resolve("v".repeat(300));
        check(dir, "memcim hdl", List.of("--out", "File name too long"),
                "hdl", "--out", s(tooLong), "--vcd", s(dir.resolve("chip.vcd")), "--vcd-cycles", "10");
    }

    @Test
    void hdlWhoseFolderCannotMoveIntoPlacePutsTheOldVcdBack() throws Exception {
        Path old = Files.writeString(dir.resolve("chip.vcd"), "$comment the old waves $end\n");
        Path tooLong = dir.resolve("v".repeat(300));
        check(dir, "memcim hdl", List.of("--out", "File name too long"),
                "hdl", "--out", s(tooLong), "--vcd", s(old), "--vcd-cycles", "10");
        assertEquals("$comment the old waves $end\n", Files.readString(old));
    }

    @Test
    void hdlWithAPipeWhereAModuleGoesReplacesNoModule() throws Exception {
        Path old = dir.resolve("verilog");
        CliRun first = CliRun.memcim("hdl", "--out", s(old));
        assertEquals(0, first.code(), first.err());
        Path top = list(old).stream().filter(f -> f.getFileName().toString().startsWith("chip_digital")).findFirst().orElseThrow();
        String name = top.getFileName().toString();
        Files.delete(top);
        fifo("verilog/" + name);
        check(dir, "memcim hdl", List.of("--out", "'" + name + "'", "a named pipe '" + top + "'"), "hdl", "--out", s(old));
    }

    // ---- memcim data ecg --out and --write-wfdb (folders)

    @Test
    void dataEcgOutAPipe() throws Exception {
        Path p = fifo("set");
        check(dir, "memcim data ecg", List.of("--out", "a named pipe '" + p + "'"), "data", "ecg", "--beats", "45", "--out", s(p));
    }

    @Test
    void dataEcgWriteWfdbARegularFile() throws Exception {
        Path f = file("100.hea");
        check(dir, "memcim data ecg", List.of("--write-wfdb", "a regular file '" + f + "'"),
                "data", "ecg", "--beats", "45", "--out", s(dir.resolve("set")), "--write-wfdb", s(f));
    }

    @Test
    void dataEcgOutUnderAFile() throws Exception {
        check(dir, "memcim data ecg", List.of("--out", "under a regular file"), "data", "ecg", "--beats", "45", "--out", s(underAFile()));
    }

    @Test
    void dataEcgWithAFolderWhereTheBeatsGoWritesNoRecords() throws Exception {
        Path set = Files.createDirectories(dir.resolve("set"));
        Files.writeString(set.resolve("dataset.json"), "{}\n");
        Files.createDirectories(set.resolve("beats.csv"));   // a folder where the beats go
        check(dir, "memcim data ecg", List.of("--out", "'beats.csv' is a regular file or absent", "a folder"),
                "data", "ecg", "--beats", "45", "--out", s(set), "--write-wfdb", s(dir.resolve("records")));
        assertFalse(Files.exists(dir.resolve("records")));
    }

    @Test
    void dataEcgFailingAtTheEndLeavesNoRecords() throws Exception {
        // the records are written first, then the data set, whose name the file system refuses: neither is left
        Path tooLong = dir.resolve("s".repeat(300));
        check(dir, "memcim data ecg", List.of("--out", "File name too long"),
                "data", "ecg", "--beats", "45", "--out", s(tooLong), "--write-wfdb", s(dir.resolve("records")));
    }

    // ---- memcim device domain -o/--out (a file)

    @Test
    void deviceDomainOutAPipe() throws Exception {
        Path p = fifo("domain.csv");
        check(dir, "memcim device domain", List.of("--out", "expected a regular file or a new path", "a named pipe '" + p + "'"),
                "device", "domain", "hfox-1t1r", "-o", s(p));
    }

    @Test
    void deviceDomainOutAFolder() throws Exception {
        check(dir, "memcim device domain", List.of("--out", "a folder '" + dir + "'"), "device", "domain", "hfox-1t1r", "-o", s(dir));
    }

    @Test
    void deviceDomainOutTheFullDevice() {
        check(dir, "memcim device domain", List.of("--out", "a character device '/dev/full'"), "device", "domain", "hfox-1t1r", "--out", "/dev/full");
    }

    @Test
    void deviceDomainOutALinkToAPipe() throws Exception {
        Path l = link("domain.csv", fifo("p"));
        check(dir, "memcim device domain", List.of("--out", "a symbolic link to a named pipe '" + l + "'"),
                "device", "domain", "hfox-1t1r", "-o", s(l));
    }

    @Test
    void deviceDomainOutUnderAFile() throws Exception {
        Path u = underAFile().resolveSibling("domain.csv");
        check(dir, "memcim device domain", List.of("--out", "'" + u + "' under a regular file"), "device", "domain", "hfox-1t1r", "-o", s(u));
    }

    @Test
    void deviceDomainIsCheckedBeforeTheCardIsRead() throws Exception {
        Path p = fifo("domain.csv");
        check(dir, "memcim device domain", List.of("--out", "a named pipe"), "device", "domain", s(dir.resolve("no-card.json")), "-o", s(p));
    }

    // ---- memcim spice --raw (a file); the deck is never read: the target is checked first

    @Test
    void spiceRawAPipe() throws Exception {
        Path p = fifo("out.raw");
        check(dir, "memcim spice", List.of("--raw", "a named pipe '" + p + "'"), "spice", s(dir.resolve("no-deck.cir")), "--raw", s(p));
    }

    @Test
    void spiceRawAFolder() throws Exception {
        Path d = Files.createDirectories(dir.resolve("raws"));
        check(dir, "memcim spice", List.of("--raw", "expected a regular file or a new path", "a folder '" + d + "'"),
                "spice", s(dir.resolve("no-deck.cir")), "--raw", s(d));
    }

    @Test
    void spiceRawTheNullDevice() {
        check(dir, "memcim spice", List.of("--raw", "a character device '/dev/null'"), "spice", s(dir.resolve("no-deck.cir")), "--raw", "/dev/null");
    }

    @Test
    void spiceRawUnderAFile() throws Exception {
        check(dir, "memcim spice", List.of("--raw", "a folder that exists or can be created"),
                "spice", s(dir.resolve("no-deck.cir")), "--raw", s(underAFile()));
    }

    // ---- memcim verify hdl --work (a folder)

    @Test
    void verifyHdlWorkARegularFile() throws Exception {
        Path f = file("work");
        check(dir, "memcim verify hdl", List.of("--work", "expected a folder or a new path", "a regular file '" + f + "'"),
                "verify", "hdl", "--testbenches", s(dir), "--work", s(f));
    }

    @Test
    void verifyHdlWorkAPipe() throws Exception {
        Path p = fifo("work");
        check(dir, "memcim verify hdl", List.of("--work", "a named pipe '" + p + "'"), "verify", "hdl", "--testbenches", s(dir), "--work", s(p));
    }

    @Test
    void verifyHdlWorkUnderAFile() throws Exception {
        check(dir, "memcim verify hdl", List.of("--work", "under a regular file"),
                "verify", "hdl", "--testbenches", s(dir), "--work", s(underAFile()));
    }

    static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }
}
