package memcim.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import memcim.core.AtomicFiles;
import memcim.core.Generator;
import memcim.core.InputException;
import memcim.core.OutputTarget;
import memcim.device.DeviceCard;
import memcim.device.DeviceModel;
import memcim.device.DevicePresets;
import memcim.device.FeasibleDomain;
import memcim.device.FeasiblePoint;
import memcim.device.PairDomain;
import memcim.device.ProgrammingPoint;
import memcim.device.SingleCellDomain;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code memcim device ...}: device cards, their statistics and feasible domains. */
@Command(name = "device", mixinStandardHelpOptions = true,
        description = "Memristor device cards: list presets, show or check a card, draw programming statistics, "
                + "export a feasible (mu, sigma) domain.",
        subcommands = {DeviceCommand.ListCmd.class, DeviceCommand.Show.class, DeviceCommand.Check.class,
                DeviceCommand.Draw.class, DeviceCommand.Domain.class})
public final class DeviceCommand implements Runnable {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The preset cards shipped with memcim.")
    static final class ListCmd implements Runnable {
        @Spec picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            for (String name : DevicePresets.names()) {
                DeviceCard c = DevicePresets.load(name);
                List<ProgrammingPoint> p = c.programmingPoints();
                spec.commandLine().getOut().printf(Locale.ROOT, "%-12s %s, %d points, Icc %.0f-%.0f uA, median %.1f-%.1f uS; %s%s%n",
                        name, c.cellType(), p.size(), c.minComplianceAmps() * 1e6, c.maxComplianceAmps() * 1e6,
                        p.get(0).medianSiemens() * 1e6, p.get(p.size() - 1).medianSiemens() * 1e6, stages(c),
                        c.illustrative() ? " (illustrative)" : " (measured)");
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print a card as canonical JSON (what memcim writes and reads back byte for byte).")
    static final class Show implements Runnable {
        @picocli.CommandLine.Mixin CardChoiceMixin choice;
        @Spec picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            var out = spec.commandLine().getOut();
            out.print(choice.load().toJson());
            out.flush();
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true, description = "Validate a card file; prints a one-line summary or the first error.")
    static final class Check implements Runnable {
        @picocli.CommandLine.Mixin CardChoiceMixin choice;
        @Spec picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            DeviceCard c = choice.load();
            spec.commandLine().getOut().printf(Locale.ROOT, "ok: %s, %s, %d programming points; %s%s%n",
                    c.name(), c.cellType(), c.programmingPoints().size(), stages(c), c.illustrative() ? " (illustrative)" : "");
        }
    }

    @Command(name = "draw", mixinStandardHelpOptions = true, description = "Program many cells at each measured condition and compare the draws with the card "
            + "(one SET, and program-and-verify within +/- sigma/4).")
    static final class Draw implements Callable<Integer> {
        @picocli.CommandLine.Mixin CardChoiceMixin choice;
        @Bounds.Count(min = Bounds.DRAWS_MIN, max = Bounds.DRAWS_MAX)
        @Option(names = "--draws", defaultValue = "20000",
                description = "cells per condition, " + Bounds.DRAWS_MIN + " to " + Bounds.DRAWS_MAX + " (default ${DEFAULT-VALUE})") int draws;
        @Option(names = "--seed", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})") long seed;
        @Spec picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            DeviceModel dev = new DeviceModel(choice.load());
            SplittableRandom rng = new SplittableRandom(seed);
            var out = spec.commandLine().getOut();
            out.printf("# %s, %s, %d draws per condition, seed %d; conductances in uS%n", Generator.id(), dev.card().name(), draws, seed);
            out.println("complianceAmps,cardMedian,cardSigma,setMean,setSigma,verifyMean,verifySigma");
            for (ProgrammingPoint p : dev.card().programmingPoints()) {
                double icc = p.complianceAmps(), mu = p.medianSiemens(), s = p.sigmaSiemens();
                double[] set = new double[draws], pv = new double[draws];
                for (int k = 0; k < draws; k++) set[k] = dev.programSet(icc, rng);
                for (int k = 0; k < draws; k++) pv[k] = dev.programAndVerify(mu - s / 4, mu + s / 4, icc, rng);
                out.printf(Locale.ROOT, "%.4g,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f%n", icc, mu * 1e6, s * 1e6,
                        mean(set) * 1e6, sd(set) * 1e6, mean(pv) * 1e6, sd(pv) * 1e6);
            }
            return 0;
        }

        private static double mean(double[] x) {
            double s = 0;
            for (double v : x) s += v;
            return s / x.length;
        }

        private static double sd(double[] x) {
            double m = mean(x), s = 0;
            for (double v : x) s += (v - m) * (v - m);
            return Math.sqrt(s / (x.length - 1));
        }
    }

    @Command(name = "domain", mixinStandardHelpOptions = true, description = "Export the feasible (mu, sigma) points of one cell or of a differential pair as CSV.")
    static final class Domain implements Runnable {
        @picocli.CommandLine.Mixin CardChoiceMixin choice;
        @Option(names = "--single", description = "one cell per weight instead of the pair G+ - G-") boolean single;
        @Bounds.Count(min = Bounds.CONDITIONS_MIN, max = Bounds.CONDITIONS_MAX)
        @Option(names = {"-n", "--conditions"}, defaultValue = "16", description = "compliance conditions per cell, "
                + Bounds.CONDITIONS_MIN + " to " + Bounds.CONDITIONS_MAX + " (a pair domain has n^2 points; default ${DEFAULT-VALUE})")
        int conditions;
        @Option(names = {"-o", "--out"}, description = "CSV file to write (default: standard output)") Path out;
        @Spec picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            if (out != null) OutputTarget.file(out, "--out");
            DeviceCard card = choice.load();
            DeviceModel dev = new DeviceModel(card);
            FeasibleDomain d = single ? SingleCellDomain.of(dev, conditions) : PairDomain.of(dev, conditions);
            StringBuilder sb = new StringBuilder();
            sb.append("# ").append(Generator.id()).append(": feasible domain of card ").append(card.name())
                    .append(single ? ", one cell" : ", pair G+ - G-").append(", ").append(conditions).append(" conditions per cell\n");
            sb.append("muSiemens,sigmaSiemens,complianceAmpsPlus,complianceAmpsMinus\n");
            for (FeasiblePoint p : d.points()) {
                sb.append(p.muSiemens()).append(',').append(p.sigmaSiemens()).append(',')
                        .append(p.complianceAmpsPlus()).append(',').append(p.complianceAmpsMinus()).append('\n');
            }
            if (out == null) {
                spec.commandLine().getOut().print(sb);
                spec.commandLine().getOut().flush();
            } else {
                AtomicFiles.write(out, sb.toString());
                spec.commandLine().getErr().println("wrote " + d.points().size() + " points to " + out);
            }
        }
    }

    /** The law each stage section of a card selects, e.g. "programming one-set, drift decade, read noise white, ...". */
    static String stages(DeviceCard c) {
        return "programming " + c.programming().law() + ", drift " + c.drift().law() + ", read noise " + c.readNoise().law()
                + ", pulses " + c.pulses().law() + ", dynamics " + c.dynamics().law();
    }

    /** The card argument and overrides, shared by every subcommand. */
    static final class CardChoiceMixin {
        @Parameters(index = "0", paramLabel = "CARD", description = "preset name (see 'memcim device list') or card file (.json or .csv)")
        String card;

        @Option(names = "--set", paramLabel = "PATH=VALUE",
                description = "override a preset leaf, e.g. --set readNoise.relativeSigma=0.02 (repeatable)")
        Map<String, String> overrides = new LinkedHashMap<>();

        DeviceCard load() {
            if (overrides.isEmpty()) return DevicePresets.resolve(card);
            if (DevicePresets.names().contains(card)) return DevicePresets.load(card, overrides);
            throw new InputException("--set", "a preset name to override", "file " + card);
        }
    }
}
