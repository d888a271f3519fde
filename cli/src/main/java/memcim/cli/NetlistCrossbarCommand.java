package memcim.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import memcim.core.AtomicFolder;
import memcim.core.ErrorLine;
import memcim.core.InputException;
import memcim.core.OutputTarget;
import memcim.device.array.CrossbarReadSpec;
import memcim.netlist.crossbar.CrossbarBuilder;
import memcim.netlist.crossbar.CrossbarDeck;
import memcim.netlist.crossbar.CrossbarOptions;
import memcim.netlist.crossbar.CrossbarRecipe;
import memcim.netlist.crossbar.DifferentialLayout;
import memcim.netlist.crossbar.Drivers;
import memcim.netlist.crossbar.ReadMode;
import memcim.netlist.crossbar.ReadPhases;
import memcim.netlist.crossbar.Sensing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code memcim netlist crossbar}: one programmed crossbar array as a SPICE deck plus its JSON sidecar. */
@Command(name = "crossbar", mixinStandardHelpOptions = true,
        description = "Write crossbar.cir (runs standalone in 'ngspice -b') and crossbar.json (conductances, row "
                + "voltages, column-current vectors) for a rows x cols array programmed from a device card. The default "
                + "is the .op read of the shared read topology, every row at the read voltage.")
public final class NetlistCrossbarCommand implements Callable<Integer> {
    @Bounds.Count(max = CrossbarRecipe.MAX_SIDE)
    @Option(names = "--rows", required = true, description = "word lines, 1 to " + CrossbarRecipe.MAX_SIDE) int rows;
    @Bounds.Count(max = CrossbarRecipe.MAX_SIDE)
    @Option(names = "--cols", required = true, description = "bit lines, 1 to " + CrossbarRecipe.MAX_SIDE) int cols;
    @Option(names = "--cell", description = "1t1r or 1r (default: the card's cell type)") String cell;
    @Bounds.Real(min = 0, max = 1e6)
    @Option(names = "--wire-ohms", defaultValue = "1",
            description = "row and column wire resistance per cell pitch, from 0 to 1000000 (default ${DEFAULT-VALUE})") double wireOhms;
    @Bounds.Real(min = 0, max = 1e-6)
    @Option(names = "--wire-farads", defaultValue = "0",
            description = "wire capacitance to ground per cell pitch, from 0 to 1e-6 (default ${DEFAULT-VALUE})") double wireFarads;
    @Option(names = "--device", defaultValue = "hfox-1t1r", description = "device preset or card file (default ${DEFAULT-VALUE})") String device;
    @Option(names = "--seed", defaultValue = "1", description = "seed of the programming draws and inputs (default ${DEFAULT-VALUE})") long seed;
    @Bounds.Real(min = 0, above = true, max = 5)
    @Option(names = "--read-volts", defaultValue = "0.2", description = "read voltage of a selected row, above 0, at most 5 (default ${DEFAULT-VALUE})")
    double readVolts;
    @Option(names = "--drivers", defaultValue = "ideal", description = "ideal or transistor (default ${DEFAULT-VALUE})") String drivers;
    @Option(names = "--sensing", defaultValue = "ideal", description = "ideal, tia or integrating (default ${DEFAULT-VALUE})") String sensing;
    @Option(names = "--read", defaultValue = "op", description = "op, phases-op or phases-tran (bit-serial, 3 phases) (default ${DEFAULT-VALUE})") String read;
    @Bounds.Count(min = 0, max = 7)
    @Option(names = "--inputs", split = ",", description = "3-bit input level, 0 to 7, of each row for phase reads (default: random from the seed)")
    int[] inputs;
    @Option(names = "--layout", defaultValue = "single", description = "single, interleaved or split (differential pairs) (default ${DEFAULT-VALUE})") String layout;
    @Option(names = "--at", paramLabel = "TIME", description = "conductances this long after programming (e.g. 1d, 1mo), drifted "
            + "by the card's drift law (default: as programmed)") String at;
    @Option(names = "--out", required = true, description = "output folder") Path out;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        OutputTarget.folder(out, "--out", "crossbar.cir", "crossbar.json");
        double atSeconds = at == null ? 0 : memcim.core.TimeSinceProgramming.parse(at, "--at").seconds();
        CrossbarRecipe recipe = new CrossbarRecipe(rows, cols, cell, wireOhms, device, seed, readVolts, atSeconds);
        CrossbarOptions options = CrossbarOptions.defaults()
                .drivers(choice("--drivers", drivers, Drivers.class))
                .sensing(choice("--sensing", sensing.equalsIgnoreCase("tia") ? "transimpedance" : sensing, Sensing.class))
                .readMode(choice("--read", read, ReadMode.class))
                .segmentFarads(wireFarads, wireFarads);
        if (options.sensing() == Sensing.INTEGRATING && options.readMode() != ReadMode.PHASES_TRAN) {
            throw new InputException("--sensing integrating", "--read phases-tran (an integrator needs a transient read)", "--read " + read);
        }
        if (options.readMode() != ReadMode.OP) options.phases(ReadPhases.bitSerial(levels(), 3, readVolts));
        else if (inputs != null) throw new InputException("--inputs", "only with --read phases-op or phases-tran", "--read op");
        if (!layout.equalsIgnoreCase("single")) {
            options.differential(choice("--layout", layout, DifferentialLayout.class).pairsOnly(rows, cols));
        }
        CrossbarReadSpec readSpec = recipe.spec();
        var parameters = recipe.parameters();
        if (options.readMode() != ReadMode.OP) parameters.put("inputs", Arrays.toString(levels()));
        CrossbarDeck deck = CrossbarBuilder.build(readSpec, options, parameters);
        AtomicFolder.write(out, "--out", dir -> {   // the deck and its sidecar together, or neither
            deck.write(dir, "crossbar");
            return null;
        });
        spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s and %s: %dx%d %s, %s ohm per segment, %s read%n",
                out.resolve("crossbar.cir"), out.resolve("crossbar.json"), rows, cols, readSpec.cellType(),
                wireOhms, options.readMode().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return 0;
    }

    private int[] levels() {
        if (inputs != null) {
            if (inputs.length != rows) throw new InputException("--inputs", rows + " levels (one per row)", inputs.length + " levels");
            return inputs;
        }
        SplittableRandom rng = new SplittableRandom(seed + 1);
        int[] l = new int[rows];
        for (int i = 0; i < rows; i++) l[i] = rng.nextInt(8);
        return l;
    }

    /** An enum option written in lower case with hyphens. */
    static <E extends Enum<E>> E choice(String option, String value, Class<E> type) {
        String name = value.toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) if (e.name().equals(name)) return e;
        StringBuilder allowed = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            if (allowed.length() > 0) allowed.append(", ");
            allowed.append(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        throw new InputException(option, "one of " + allowed, ErrorLine.quote(value));
    }
}
