package memcim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import memcim.bnn.flow.ChipBuild;
import memcim.bnn.flow.ChipFiles;
import memcim.bnn.flow.ModelDir;
import memcim.core.AtomicFolder;
import memcim.core.OutputTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code memcim netlist chip}: the SPICE decks of the programmed chip's arrays. */
@Command(name = "chip", mixinStandardHelpOptions = true,
        description = "Write the SPICE decks of every programmed array of the chip (operating-point form, as transaction "
                + "mode loads them) and the lock-step deck of array 0.")
public final class NetlistChipCommand implements Callable<Integer> {
    @Option(names = "--model", defaultValue = "out/demo/model", paramLabel = "DIR",
            description = "trained model directory (default ${DEFAULT-VALUE}, written by memcim demo)")
    Path model;
    @Option(names = "--chip", defaultValue = "reference", paramLabel = "PRESET|FILE", description = "chip configuration (default ${DEFAULT-VALUE})")
    String chip;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory") Path out;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        OutputTarget.folder(out, "--out");
        ChipBuild build = ChipBuild.of(CosimCommand.chipConfig(chip), ModelDir.read(model));
        var files = AtomicFolder.write(out, "--out", dir -> ChipFiles.writeSpice(build, dir)); // all decks, or none
        spec.commandLine().getOut().println("wrote " + files.size() + " SPICE decks to " + out);
        return 0;
    }
}
