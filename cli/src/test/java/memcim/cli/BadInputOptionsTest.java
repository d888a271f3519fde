package memcim.cli;

import static memcim.cli.BadInput.check;
import static org.junit.jupiter.api.Assertions.*;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Bad options on the command line (issue 17, docs/errors.md "Options"): one line naming the option as typed and
 * what it expects, exit 2, at most a pointer to --help, nothing written. Every size and number option has a range
 * ({@link Bounds}), checked before any work; every command and subcommand answers --help.
 */
class BadInputOptionsTest {
    @TempDir Path dir;

    @Test
    void anUnknownOptionIsNamed() {
        check(dir, "memcim train", List.of("--bogus"), "train", "--bogus", "--out", dir.resolve("m").toString());
    }

    @Test
    void aNonNumberForAnIntegerOptionIsNamedAndQuoted() {
        check(dir, "memcim device draw", List.of("--draws", "'many'"), "device", "draw", "pcm", "--draws", "many");
    }

    /** {label, command, fragments the line must name, args...}; OUT is a folder under the watched one, DIR the watched one. */
    static Stream<Arguments> cases() {
        List<Arguments> c = new ArrayList<>();
        // unknown subcommands and options
        add(c, "memcim device", List.of("subcommand", "list, show, check, draw, domain", "'bogus'"), "device", "bogus");
        add(c, "memcim bench", List.of("subcommand", "array-solver", "'bogus'"), "bench", "bogus");
        add(c, "memcim", List.of("subcommand", "found none"));
        add(c, "memcim", List.of("subcommand", "'bogus'"), "help", "bogus");
        add(c, "memcim device list", List.of("--json", "an unknown option"), "device", "list", "--json");
        add(c, "memcim device domain", List.of("arguments", "no further arguments", "'-n'"), "device", "domain", "hfox-1t1r", "--", "-n");
        // not a number of the option's kind
        add(c, "memcim device draw", List.of("--draws", "2 to 10000000", "'1.5'"), "device", "draw", "pcm", "--draws", "1.5");
        add(c, "memcim device draw", List.of("--seed", "a 64-bit integer", "'1.5'"), "device", "draw", "pcm", "--seed", "1.5");
        add(c, "memcim device draw", List.of("--seed", "a 64-bit integer", "'99999999999999999999'"),
                "device", "draw", "pcm", "--seed", "99999999999999999999");
        add(c, "memcim bench array", List.of("--sizes", "1 to 1024", "''"), "bench", "array", "--sizes", "4,,8");
        add(c, "memcim netlist crossbar", List.of("--cols", "'x'"), "netlist", "crossbar", "--rows", "4", "--cols", "x", "--out", "OUT");
        add(c, "memcim device draw", List.of("--draws", "'4294967296'"), "device", "draw", "pcm", "--draws", "4294967296");
        // sizes out of range: refused before any work, naming the option as typed
        add(c, "memcim device domain", List.of("-n: expected an integer from 2 to 1024, found 100000"), "device", "domain", "hfox-1t1r", "-n", "100000");
        add(c, "memcim device domain", List.of("-n", "found 46341"), "device", "domain", "hfox-1t1r", "-n", "46341");
        add(c, "memcim device domain", List.of("--conditions", "found 1"), "device", "domain", "hfox-1t1r", "--conditions", "1");
        add(c, "memcim device domain", List.of("--conditions", "found 0"), "device", "domain", "hfox-1t1r", "--conditions=0");
        add(c, "memcim device domain", List.of("-n:", "found 5000"), "device", "domain", "hfox-1t1r", "-n5000");
        add(c, "memcim device draw", List.of("--draws", "found 2147483647"), "device", "draw", "pcm", "--draws", "2147483647");
        add(c, "memcim bench nearest", List.of("--queries", "1 to 10000000", "found 0"), "bench", "nearest", "--queries", "0");
        add(c, "memcim bench nearest", List.of("-n", "2 to 256", "found 1000"), "bench", "nearest", "-n", "1000");
        add(c, "memcim cosim", List.of("--samples", "1 to 255", "found 100000000"), "cosim", "--model", "NODIR", "--samples", "100000000");
        add(c, "memcim cosim", List.of("--beats", "found 0"), "cosim", "--model", "NODIR", "--beats", "0");
        add(c, "memcim cosim", List.of("--beats", "with --mode lockstep", "found 5000"), "cosim", "--model", "NODIR", "--mode", "lockstep", "--beats", "5000");
        add(c, "memcim evaluate", List.of("--samples", "1 to 1000", "found 5000"), "evaluate", "--model", "NODIR", "--samples", "5000");
        add(c, "memcim bench chip", List.of("--samples", "1 to 255", "found 256"), "bench", "chip", "--model", "NODIR", "--samples", "256");
        add(c, "memcim hdl", List.of("--samples", "1 to 255", "found 0"), "hdl", "--samples", "0", "--out", "OUT");
        add(c, "memcim hdl", List.of("--adc-bits", "2 to 12", "found 40"), "hdl", "--adc-bits", "40", "--out", "OUT");
        add(c, "memcim bench hdl", List.of("--cycles", "found 0"), "bench", "hdl", "--cycles", "0");
        add(c, "memcim bench hdl", List.of("--seed", "1 to 4294967295", "found 0"), "bench", "hdl", "--seed", "0");
        add(c, "memcim bench hdl", List.of("--seed", "found 4294967296"), "bench", "hdl", "--seed", "4294967296");
        add(c, "memcim bench spice", List.of("--solves", "1 to 100000", "found 100001"), "bench", "spice", "--solves", "100001");
        add(c, "memcim bench array-solver", List.of("--size", "1 to 256", "found 512"), "bench", "array-solver", "--size", "512");
        add(c, "memcim bench array-solver", List.of("--vectors", "found 1000000"), "bench", "array-solver", "--vectors", "1000000");
        add(c, "memcim bench array-solver", List.of("--reads", "found -1"), "bench", "array-solver", "--reads", "-1");
        add(c, "memcim bench array", List.of("--large-spice-vectors", "found 100000"), "bench", "array", "--large-spice-vectors", "100000");
        add(c, "memcim bench train", List.of("--beats", "45 to 100000", "found 2147483647"), "bench", "train", "--beats", "2147483647");
        add(c, "memcim bench train", List.of("--epochs", "found 0"), "bench", "train", "--epochs", "0");
        add(c, "memcim data ecg", List.of("--beats", "found 10"), "data", "ecg", "--out", "OUT", "--beats", "10");
        add(c, "memcim data ecg", List.of("--per-class", "found -1"), "data", "ecg", "--out", "OUT", "--wfdb", "DIR", "--per-class", "-1");
        add(c, "memcim demo", List.of("--beats", "found 100000000"), "demo", "--out", "OUT", "--beats", "100000000");
        add(c, "memcim demo", List.of("--lockstep-beats", "0 to 1000", "found -1"), "demo", "--out", "OUT", "--lockstep-beats", "-1");
        add(c, "memcim demo", List.of("--lockstep-samples", "found 300"), "demo", "--out", "OUT", "--lockstep-samples", "300");
        add(c, "memcim demo", List.of("--transaction-beats", "found 0"), "demo", "--out", "OUT", "--transaction-beats", "0");
        add(c, "memcim demo", List.of("--transaction-beats", "test beats of the synthesised set", "found 5000"),
                "demo", "--out", "OUT", "--beats", "45", "--transaction-beats", "5000");
        add(c, "memcim demo", List.of("--lockstep-beats", "test beats of the synthesised set", "found 1000"),
                "demo", "--out", "OUT", "--beats", "45", "--transaction-beats", "1", "--lockstep-beats", "1000");
        add(c, "memcim train", List.of("--epochs", "1 to 10000", "found 100000"), "train", "--epochs", "100000", "--out", "OUT");
        add(c, "memcim train", List.of("--layers", "at most 1048576 weights", "16945152 weights"), "train", "--layers", "32,4096,4096,9", "--out", "OUT");
        add(c, "memcim spice", List.of("--timeout", "from 100ms to 24h", "found '0'"), "spice", "--timeout", "0", "x.cir");
        add(c, "memcim spice", List.of("--timeout", "from 100ms to 24h", "found '9223372036854775807'"), "spice", "--timeout", "9223372036854775807", "x.cir");
        add(c, "memcim netlist crossbar", List.of("--rows", "1 to 1024", "found 100000"), "netlist", "crossbar", "--rows", "100000", "--cols", "4", "--out", "OUT");
        add(c, "memcim netlist crossbar", List.of("--inputs", "0 to 7", "found -1"),
                "netlist", "crossbar", "--rows", "4", "--cols", "4", "--read", "phases-op", "--inputs", "1,2,-1,3", "--out", "OUT");
        add(c, "memcim hdl", List.of("--vcd-cycles", "found 1000000000"), "hdl", "--vcd-cycles", "1000000000", "--vcd", "OUT/x.vcd", "--out", "OUT");
        // numbers: non-finite, negative, zero where not meaningful
        add(c, "memcim bench array-solver", List.of("--nonlinearity-volts", "above 0", "found NaN"), "bench", "array-solver", "--nonlinearity-volts", "NaN");
        add(c, "memcim bench array-solver", List.of("--nonlinearity-volts", "found -Infinity"), "bench", "array-solver", "--nonlinearity-volts", "-Infinity");
        add(c, "memcim bench array-solver", List.of("--nonlinearity-volts", "found 0"), "bench", "array-solver", "--nonlinearity-volts", "0");
        add(c, "memcim bench array", List.of("--wire-ohms", "from 0 to 1000000", "found Infinity"), "bench", "array", "--wire-ohms", "Infinity");
        add(c, "memcim netlist crossbar", List.of("--wire-farads", "found NaN"), "netlist", "crossbar", "--rows", "4", "--cols", "4", "--wire-farads", "NaN", "--out", "OUT");
        add(c, "memcim netlist crossbar", List.of("--read-volts", "above 0, at most 5", "found 0"), "netlist", "crossbar", "--rows", "4", "--cols", "4", "--read-volts", "0", "--out", "OUT");
        add(c, "memcim netlist crossbar", List.of("--read-volts", "found -Infinity"), "netlist", "crossbar", "--rows", "4", "--cols", "4", "--read-volts", "-Infinity", "--out", "OUT");
        add(c, "memcim netlist crossbar", List.of("--wire-ohms", "found 1e300"), "netlist", "crossbar", "--rows", "4", "--cols", "4", "--wire-ohms", "1e300", "--out", "OUT");
        add(c, "memcim data ecg", List.of("--flutter-width", "from 0.05 to 1.5", "found NaN"), "data", "ecg", "--out", "OUT", "--flutter-width", "NaN");
        add(c, "memcim evaluate", List.of("--at", "'-1s'"), "evaluate", "--model", "DIR", "--at", "-1s");
        // bad enums and choices
        add(c, "memcim cosim", List.of("--mode", "one of lockstep, transaction, fast", "'bogus'"), "cosim", "--model", "NODIR", "--mode", "bogus");
        add(c, "memcim spice", List.of("--raw-format", "one of ascii, binary", "'bogus'"), "spice", "--raw-format", "bogus", "x.cir");
        add(c, "memcim netlist crossbar", List.of("--sensing", "'amp'"), "netlist", "crossbar", "--rows", "4", "--cols", "4", "--sensing", "amp", "--out", "OUT");
        add(c, "memcim train", List.of("--optimiser", "'adamw'"), "train", "--optimiser", "adamw", "--out", "OUT");
        add(c, "memcim raw", List.of("--json", "true or false", "'maybe'"), "raw", "--json=maybe", "x.raw");
        add(c, "memcim device show", List.of("--set", "PATH=VALUE", "'novalue'"), "device", "show", "hfox-1t1r", "--set", "novalue");
        // missing required
        add(c, "memcim netlist crossbar", List.of("--rows", "required"), "netlist", "crossbar", "--cols", "4", "--out", "OUT");
        add(c, "memcim cosim", List.of("--model", "required"), "cosim");
        add(c, "memcim device show", List.of("CARD", "required"), "device", "show");
        add(c, "memcim device draw", List.of("--draws", "found none"), "device", "draw", "pcm", "--draws");
        // options that only make sense together, or not together: one line naming both
        add(c, "memcim data ecg", List.of("--per-class", "--wfdb", "without"), "data", "ecg", "--out", "OUT", "--per-class", "5");
        add(c, "memcim data ecg", List.of("--beats", "--wfdb"), "data", "ecg", "--out", "OUT", "--wfdb", "DIR", "--beats", "500");
        add(c, "memcim data ecg", List.of("--flutter-width", "--wfdb"), "data", "ecg", "--out", "OUT", "--wfdb", "DIR", "--flutter-width", "0.3");
        add(c, "memcim data ecg", List.of("--write-wfdb", "--wfdb"), "data", "ecg", "--out", "OUT", "--write-wfdb", "OUT/w", "--wfdb", "DIR");
        add(c, "memcim train", List.of("--per-class", "--wfdb"), "train", "--out", "OUT", "--per-class", "10");
        add(c, "memcim demo", List.of("--unseen", "--wfdb", "without"), "demo", "--out", "OUT", "--unseen", "E");
        // the real-record choices, refused before any record is read
        add(c, "memcim data ecg", List.of("--unseen", "one MIT-BIH beat symbol", "'XY'"), "data", "ecg", "--out", "OUT", "--wfdb", "DIR", "--unseen", "XY");
        add(c, "memcim data ecg", List.of("--unseen", "an MIT-BIH beat symbol", "'Q'"), "data", "ecg", "--out", "OUT", "--wfdb", "DIR", "--unseen", "Q");
        add(c, "memcim data ecg", List.of("--split", "inter or intra", "'sideways'"), "data", "ecg", "--out", "OUT", "--wfdb", "DIR", "--split", "sideways");
        add(c, "memcim demo", List.of("--normalise", "rms or none", "'max'"), "demo", "--out", "OUT", "--wfdb", "DIR", "--normalise", "max");
        add(c, "memcim data ecg", List.of("--validation-records", "training-side (DS1) records", "'100'"), "data", "ecg", "--out", "OUT",
                "--wfdb", "DIR", "--validation-records", "101,100");
        add(c, "memcim data ecg", List.of("--codes", "inverted or level", "'gray'"), "data", "ecg", "--out", "OUT", "--wfdb", "DIR", "--codes", "gray");
        add(c, "memcim hdl", List.of("--vcd-cycles", "--vcd beside it"), "hdl", "--vcd-cycles", "10", "--out", "OUT");
        add(c, "memcim spice", List.of("--raw-format", "--raw beside it"), "spice", "--raw-format", "ascii", "x.cir");
        add(c, "memcim device draw", List.of("--draws", "once", "twice"), "device", "draw", "pcm", "--draws", "3", "--draws", "4");
        add(c, "memcim netlist crossbar", List.of("--inputs", "--read"), "netlist", "crossbar", "--rows", "4", "--cols", "4", "--inputs", "1,2,3,4", "--out", "OUT");
        // control characters in values: shown escaped, never acted on (the harness also asserts a single line)
        add(c, "memcim cosim", List.of("--mode", "'fa\\nst\\x1b[31m'"), "cosim", "--model", "NODIR", "--mode", "fa\nst\u001b[31m");
        add(c, "memcim bench array", List.of("--sizes", "'4\\n'"), "bench", "array", "--sizes", "4\n");
        add(c, "memcim netlist crossbar", List.of("--drivers", "'a\\tb'"), "netlist", "crossbar", "--rows", "4", "--cols", "4", "--drivers", "a\tb", "--out", "OUT");
        add(c, "memcim device draw", List.of("--draws", "'\\x1b[2J'"), "device", "draw", "pcm", "--draws", "\u001b[2J");
        add(c, "memcim bench array-solver", List.of("--wire-ohms", "'1e9\\n'"), "bench", "array-solver", "--wire-ohms", "1e9\n");
        add(c, "memcim device", List.of("subcommand", "'bogus\\x07'"), "device", "bogus\u0007");
        add(c, "memcim train", List.of("--\\x1bx", "unknown option"), "train", "--\u001bx", "--out", "OUT");
        add(c, "memcim evaluate", List.of("--at", "'\\x1b[2J'"), "evaluate", "--model", "DIR", "--at", "1s,\u001b[2J");
        add(c, "memcim evaluate", List.of("--samples", "'5\\r'"), "evaluate", "--model", "DIR", "--samples", "5\r");
        return c.stream();
    }

    private static void add(List<Arguments> c, String command, List<String> mustName, String... args) {
        c.add(Arguments.of(String.join(" ", args).replaceAll("\\p{Cntrl}", "?"), command, mustName, args));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void badOptionIsOneLineNamingIt(String label, String command, List<String> mustName, String[] args) {
        String[] a = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            a[i] = args[i].replace("NODIR", dir.resolve("none").toString()).replace("OUT", dir.resolve("out").toString())
                    .replace("DIR", dir.toString());
        }
        String line = check(dir, command, mustName, a);
        assertTrue(line.chars().noneMatch(ch -> ch < 0x20 || (ch >= 0x7f && ch <= 0x9f)), "control character in " + line);
    }

    @Test
    void theSuiteHasAtLeast45DistinctCases() {
        List<Arguments> all = cases().toList();
        assertTrue(all.size() >= 45, all.size() + " cases");
        assertEquals(all.size(), all.stream().map(x -> List.of((String[]) x.get()[3])).distinct().count(), "duplicate cases");
    }

    /** Every command and subcommand, by the path that reaches it (memcim device domain -> [device, domain]). */
    private static List<List<String>> commandPaths() {
        List<List<String>> out = new ArrayList<>();
        walk(new CommandLine(new Main()), new ArrayList<>(), out);
        return out;
    }

    private static void walk(CommandLine cmd, List<String> path, List<List<String>> out) {
        out.add(List.copyOf(path));
        for (var e : cmd.getSubcommands().entrySet()) {
            if (e.getValue().getCommandSpec().userObject() instanceof CommandLine.HelpCommand) continue;
            path.add(e.getKey());
            walk(e.getValue(), path, out);
            path.remove(path.size() - 1);
        }
    }

    @Test
    void everyCommandAndSubcommandAnswersHelpAndVersion() {
        List<List<String>> paths = commandPaths();
        assertTrue(paths.size() >= 30, paths.size() + " commands");
        assertTrue(paths.contains(List.of("device", "domain")), paths.toString());
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            CliRun r = CliRun.memcim(args.toArray(String[]::new));
            String name = String.join(" ", path);
            assertEquals(0, r.code(), name + " --help: " + r.err());
            assertEquals("", r.err(), name + " --help");
            assertTrue(r.out().startsWith("Usage: memcim" + (path.isEmpty() ? "" : " " + name)), name + ": " + r.out());
            assertTrue(r.out().contains("-h, --help"), name + ": " + r.out());
            args.set(args.size() - 1, "--version");
            CliRun v = CliRun.memcim(args.toArray(String[]::new));
            assertEquals(0, v.code(), name + " --version: " + v.err());
            assertEquals(memcim.core.Generator.id(), v.out().strip(), name + " --version");
        }
    }

    /** Every option of every command, with the command's name. */
    private static List<Object[]> options() {
        List<Object[]> out = new ArrayList<>();
        for (List<String> path : commandPaths()) {
            CommandLine cmd = new CommandLine(new Main());
            for (String p : path) cmd = cmd.getSubcommands().get(p);
            for (OptionSpec o : cmd.getCommandSpec().options()) out.add(new Object[] {"memcim " + String.join(" ", path), o});
        }
        return out;
    }

    @Test
    void everyNumberOptionHasARangeStatedInItsHelpAndItsDefaultWithinIt() {
        int ranged = 0;
        for (Object[] x : options()) {
            String where = x[0] + " " + ((OptionSpec) x[1]).longestName();
            OptionSpec o = (OptionSpec) x[1];
            Class<?> t = o.type().isArray() ? o.type().getComponentType() : o.type();
            boolean number = t == int.class || t == long.class || t == double.class || t == Integer.class || t == Long.class
                    || t == Double.class || t == float.class || t == Float.class;
            Field f = Bounds.field(o);
            Bounds.Count count = f == null ? null : f.getAnnotation(Bounds.Count.class);
            Bounds.Real real = f == null ? null : f.getAnnotation(Bounds.Real.class);
            if (!number) {
                assertNull(count, where + ": a range on a non-number");
                assertNull(real, where + ": a range on a non-number");
                continue;
            }
            boolean seed = o.longestName().equals("--seed") && t == long.class;
            if (seed && count == null) continue; // a seed may be any 64-bit integer
            assertTrue(count != null || real != null, where + ": a number option without a range (Bounds.Count or Bounds.Real)");
            String help = String.join(" ", o.description());
            if (count != null) {
                assertFalse(t == double.class || t == Double.class || t == float.class || t == Float.class, where + ": Count on a real");
                assertTrue(count.min() <= count.max(), where);
                assertTrue(help.contains(Bounds.range(count)), where + ": --help does not state " + Bounds.range(count) + ": " + help);
                if (o.defaultValue() != null) {
                    for (String v : o.defaultValue().split(",")) {
                        long d = Long.parseLong(v.trim());
                        assertTrue(d >= count.min() && d <= count.max(), where + ": default " + d + " outside " + Bounds.range(count));
                    }
                }
            } else {
                assertTrue(help.contains(Bounds.range(real)), where + ": --help does not state " + Bounds.range(real) + ": " + help);
                if (o.defaultValue() != null) {
                    assertTrue(Bounds.within(real, Double.parseDouble(o.defaultValue())), where + ": default outside " + Bounds.range(real));
                }
            }
            ranged++;
        }
        assertTrue(ranged >= 40, ranged + " ranged options");
    }

    @Test
    void everyOptionThatNeedsOrExcludesAnotherNamesAnOptionOfItsCommand() {
        int found = 0;
        for (List<String> path : commandPaths()) {
            CommandLine cmd = new CommandLine(new Main());
            for (String p : path) cmd = cmd.getSubcommands().get(p);
            for (OptionSpec o : cmd.getCommandSpec().options()) {
                Field f = Bounds.field(o);
                Bounds.Only only = f == null ? null : f.getAnnotation(Bounds.Only.class);
                if (only == null) continue;
                found++;
                List<String> named = new ArrayList<>(List.of(only.with()));
                named.addAll(List.of(only.without()));
                assertFalse(named.isEmpty(), o.longestName());
                for (String n : named) {
                    assertNotNull(cmd.getCommandSpec().findOption(n), "memcim " + String.join(" ", path) + " " + o.longestName() + ": no option " + n);
                }
            }
        }
        assertTrue(found >= 8, found + " options with Bounds.Only");
    }

    @Test
    void theRangeIsCheckedBeforeWorkAndNamesTheOptionAsTyped() {
        // the long name when typed so, the short when typed so: the line names what the user wrote
        String shortName = check(dir, "memcim device domain", List.of("-n"), "device", "domain", "hfox-1t1r", "-n", "5000");
        String longName = check(dir, "memcim device domain", List.of("--conditions"), "device", "domain", "hfox-1t1r", "--conditions", "5000");
        assertFalse(shortName.contains("--conditions") || shortName.contains("conditionsPerCell"), shortName);
        assertFalse(longName.contains(" -n") || longName.contains("conditionsPerCell"), longName);
        // --help still answers with a bad value beside it
        CliRun help = CliRun.memcim("device", "domain", "-n", "0", "--help");
        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().contains("2 to 1024"), help.out());
    }

    @Test
    void aCountBeyondTheModelsTestSetIsRefusedBeforeAnyWork() {
        Path data = dir.resolve("data"), model = dir.resolve("model");
        assertEquals(0, CliRun.memcim("data", "ecg", "--beats", "45", "--out", data.toString()).code());
        CliRun train = CliRun.memcim("train", "--data", data.toString(), "--epochs", "1", "--out", model.toString());
        assertEquals(0, train.code(), train.err());
        // 45 beats leave a handful of test beats: more were silently fewer before
        check(model, "memcim cosim", List.of("--beats", "test beats of the model's data set", "found 5000"),
                "cosim", "--model", model.toString(), "--beats", "5000");
        check(model, "memcim bench chip", List.of("--beats", "test beats of the model's data set", "found 1000"),
                "bench", "chip", "--model", model.toString(), "--beats", "1000");
    }

    @Test
    void evaluateSamplesShrinkWithTheModelsWeights() {
        assertEquals(1000, Bounds.maxSamples(656));        // the reference 32-16-9 network: the option's own limit
        assertEquals(799, Bounds.maxSamples(83_968));      // 32-2048-9: 2^26 sampled weights in all
        assertEquals(1, Bounds.maxSamples(1L << 27));      // never below one sample
    }

    @Test
    void theEdgesOfARangeAreAccepted() {
        // the smallest and largest values pass the check (a bounds off by one would refuse them)
        CliRun low = CliRun.memcim("device", "domain", "hfox-1t1r", "-n", "2", "--single");
        assertEquals(0, low.code(), low.err());
        assertEquals(2, low.out().lines().filter(l -> !l.startsWith("#") && !l.startsWith("mu")).count(), low.out());
        CliRun high = CliRun.memcim("device", "domain", "hfox-1t1r", "-n", "1024", "--single");
        assertEquals(0, high.code(), high.err());
        assertEquals(1024, high.out().lines().filter(l -> !l.startsWith("#") && !l.startsWith("mu")).count());
        check(dir, "memcim device domain", List.of("-n", "found 1025"), "device", "domain", "hfox-1t1r", "-n", "1025", "--single");
    }
}
