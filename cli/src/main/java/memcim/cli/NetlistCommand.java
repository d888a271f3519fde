package memcim.cli;

import picocli.CommandLine.Command;

/** {@code memcim netlist ...}: SPICE netlists of arrays and chips. */
@Command(name = "netlist", mixinStandardHelpOptions = true,
        description = "Generate SPICE netlists (decks with a JSON sidecar).",
        subcommands = {
                NetlistCrossbarCommand.class,
                NetlistChipCommand.class,
        })
public final class NetlistCommand implements Runnable {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
