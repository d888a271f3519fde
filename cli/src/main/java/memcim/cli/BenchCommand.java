package memcim.cli;

import picocli.CommandLine.Command;

/** {@code memcim bench ...}: speed and memory, always two ways measured side by side in one run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks: each prints two ways measured side by side and, last, their ratio.",
        subcommands = {
                BenchSpiceCommand.class,
                BenchHdlCommand.class,
                BenchArrayCommand.class,
                BenchArraySolverCommand.class,
                BenchNearestCommand.class,
                BenchTrainCommand.class,
                BenchMcmcCommand.class,
                BenchWpoCommand.class,
                BenchSbpCommand.class,
                BenchChipCommand.class,
        })
public final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
