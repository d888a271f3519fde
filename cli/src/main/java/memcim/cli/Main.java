package memcim.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import memcim.core.ErrorLine;
import memcim.core.Generator;
import memcim.core.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The {@code memcim} command. Each subcommand is its own class in this package. */
@Command(name = "memcim", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Design and validate memristor compute-in-memory chips: Verilog periphery, "
                + "SPICE crossbar arrays, co-simulated with ngspice in-process.",
        subcommands = {
                DemoCommand.class,
                AblateCommand.class,
                DataCommand.class,
                TrainCommand.class,
                EvaluateCommand.class,
                DeviceCommand.class,
                HdlCommand.class,
                NetlistCommand.class,
                SpiceCommand.class,
                RawCommand.class,
                CosimCommand.class,
                VerifyCommand.class,
                TransferCommand.class,
                WpoCommand.class,
                KineticsCommand.class,
                SbpCommand.class,
                BenchCommand.class,
                CommandLine.HelpCommand.class,
        })
public final class Main {
    /** Exit codes (docs/errors.md): 0 ok, 1 memcim's own failure, 2 bad input, 3 ngspice crashed. */
    public static final int OK = 0, INTERNAL = 1, BAD_INPUT = 2, CRASH = 3;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(Main::report);
        cli.setParameterExceptionHandler(Main::badArguments);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionStrategy(Main::execute);
        versionEverywhere(cli);
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // size options are bounded before work starts; this is the last line of defence, still one line
            cli.getErr().println(ErrorLine.internal("memcim", e));
            cli.getErr().flush();
            return INTERNAL;
        }
    }

    /** Every subcommand's -V/--version prints memcim's version (picocli gives subcommands none of their own). */
    private static void versionEverywhere(CommandLine cmd) {
        cmd.getCommandSpec().versionProvider(new Version());
        cmd.getSubcommands().values().forEach(Main::versionEverywhere);
    }

    /** Help if asked for; else every option's range ({@link Bounds}) before the command starts any work; then the command. */
    private static int execute(CommandLine.ParseResult parsed) {
        Integer help = CommandLine.executeHelpRequest(parsed);
        if (help != null) return help;
        Bounds.check(parsed);
        return new CommandLine.RunLast().execute(parsed);
    }

    /** Bad input is the user's to fix: one clear line, no stack trace (unless MEMCIM_DEBUG is set). */
    private static int report(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        // The full path ("memcim bench hdl"), not the last word: several groups have a subcommand "hdl" or "chip".
        String name = cmd.getCommandSpec().qualifiedName();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InputException input) {
                err.println(ErrorLine.input(name, input));
                if (System.getenv("MEMCIM_DEBUG") != null) e.printStackTrace(err);
                err.flush();
                return BAD_INPUT;
            }
        }
        if (System.getenv("MEMCIM_DEBUG") != null) {
            err.println(ErrorLine.internal(name, e));
            e.printStackTrace(err);
        } else {
            err.println(ErrorLine.internal(name, e) + " (set MEMCIM_DEBUG=1 for the stack trace)");
        }
        err.flush();
        return INTERNAL;
    }

    /** An option or parameter picocli could not parse: the error line and a pointer to --help, not the whole usage. */
    private static int badArguments(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        String name = cmd.getCommandSpec().qualifiedName();
        PrintWriter err = cmd.getErr();
        err.println(ErrorLine.input(name, asInput(e, List.of(args))));
        err.println("see " + name + " --help");
        err.flush();
        return BAD_INPUT;
    }

    /** picocli's exception in memcim's words: where (the option), what was expected, what was found. */
    static InputException asInput(CommandLine.ParameterException e, List<String> args) {
        if (e.getCause() instanceof InputException input) return input; // Bounds: already in memcim's words
        if (e instanceof CommandLine.MissingParameterException m) {
            String missing = m.getMissing().stream().map(a -> label(a, args)).collect(Collectors.joining(", "));
            return new InputException(missing, m.getMissing().size() == 1 ? "a value (required)" : "values (required)", "none");
        }
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            String first = unmatched.isEmpty() ? "" : unmatched.get(0);
            int endOfOptions = args.indexOf("--"); // after "--", "-n" is an argument, not an option
            boolean option = first.startsWith("-") && (endOfOptions < 0 || !args.subList(endOfOptions + 1, args.size()).contains(first));
            if (!option && !e.getCommandLine().getSubcommands().isEmpty()) {
                return new InputException("subcommand", subcommands(e.getCommandLine()), ErrorLine.quote(first));
            }
            return new InputException(option ? first : "arguments",
                    option ? "an option of " + e.getCommandLine().getCommandSpec().qualifiedName() : "no further arguments",
                    option ? "an unknown option" : ErrorLine.quote(first));
        }
        if (e instanceof CommandLine.OverwrittenOptionException o && o.getOverwritten() != null) {
            return new InputException(label(o.getOverwritten(), args), "the option once", "it given twice");
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.startsWith("Missing required subcommand")) {
            return new InputException("subcommand", subcommands(e.getCommandLine()), "none");
        }
        if (message.startsWith("Unknown subcommand")) { // memcim help NAME
            String name = e.getValue() != null ? e.getValue() : message.replaceAll("^Unknown subcommand '(.*)'\\.$", "$1");
            return new InputException("subcommand", subcommands(e.getCommandLine()), ErrorLine.quote(name));
        }
        if (e instanceof CommandLine.MutuallyExclusiveArgsException) {
            return new InputException("arguments", "one of the exclusive options", ErrorLine.quote(e.getMessage()));
        }
        ArgSpec arg = e.getArgSpec();
        if (arg != null && e.getValue() != null && !(e instanceof CommandLine.MaxValuesExceededException)) {
            // memcim's own converters say what they expect (a duration, a range) better than the option's type does
            String expected = e.getCause() instanceof Expected x ? x.getMessage() : expected(arg);
            return new InputException(label(arg, args), expected, ErrorLine.quote(e.getValue()));
        }
        return new InputException(arg != null ? label(arg, args) : "arguments", "arguments as --help lists them", ErrorLine.quote(e.getMessage()));
    }

    /** The option as the user typed it (-n or --conditions), a parameter by its label. */
    private static String label(ArgSpec a, List<String> args) {
        if (a instanceof OptionSpec o) return Bounds.name(o, args);
        return a.paramLabel();
    }

    /** "one of list, show, check" for a command's subcommands. */
    private static String subcommands(CommandLine cmd) {
        return "one of " + String.join(", ", cmd.getSubcommands().keySet());
    }

    private static String expected(ArgSpec a) {
        String ranged = Bounds.expected(a);
        if (ranged != null) return ranged;
        if (java.util.Map.class.isAssignableFrom(a.type())) return a.paramLabel(); // e.g. PATH=VALUE
        Class<?> t = a.auxiliaryTypes().length > 0 && (a.isMultiValue()) ? a.auxiliaryTypes()[0] : a.type();
        if (t == int.class || t == Integer.class) return "an integer";
        if (t == long.class || t == Long.class) return "a 64-bit integer";
        if (t == double.class || t == Double.class || t == float.class || t == Float.class) return "a number";
        if (t == boolean.class || t == Boolean.class) return "true or false";
        if (t.isEnum()) {
            StringBuilder sb = new StringBuilder("one of ");
            Object[] values = t.getEnumConstants();
            for (int i = 0; i < values.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(((Enum<?>) values[i]).name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
            return sb.toString();
        }
        if (t == java.nio.file.Path.class) return "a path";
        return "a " + t.getSimpleName().toLowerCase(Locale.ROOT);
    }

    /** What a memcim converter expected of an option's value, for the error line (picocli's own texts stay out). */
    static final class Expected extends CommandLine.TypeConversionException {
        Expected(String what) { super(what); }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Generator.id()};
        }
    }
}
