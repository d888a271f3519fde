package memcim.cli;

import java.io.PrintWriter;
import memcim.core.Generator;
import memcim.core.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code memcim} command. Each subcommand is its own class in this package. */
@Command(name = "memcim", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Design and validate memristor compute-in-memory chips: Verilog periphery, "
                + "SPICE crossbar arrays, co-simulated with ngspice in-process.",
        subcommands = {
                DemoCommand.class,
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
                BenchCommand.class,
                CommandLine.HelpCommand.class,
        })
public final class Main {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(Main::report);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli.execute(args);
    }

    /** Bad input is the user's to fix: one clear line, no stack trace (unless MEMCIM_DEBUG is set). */
    private static int report(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        // The full path ("memcim bench hdl"), not the last word: several groups have a subcommand "hdl" or "chip".
        String name = cmd.getCommandSpec().qualifiedName();
        if (e instanceof InputException) {
            err.println(name + ": error: " + e.getMessage());
            if (System.getenv("MEMCIM_DEBUG") != null) e.printStackTrace(err);
            err.flush();
            return 2;
        }
        err.println(name + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
        if (System.getenv("MEMCIM_DEBUG") != null) e.printStackTrace(err);
        else err.println("(set MEMCIM_DEBUG=1 for the stack trace)");
        err.flush();
        return 1;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Generator.id()};
        }
    }
}
