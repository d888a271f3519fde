package memcim.kinetics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import memcim.report.Block;
import memcim.report.Plot;
import memcim.report.Report;
import memcim.report.Section;
import memcim.report.Table;
import memcim.report.Units;
import memcim.report.plot.Axis;
import memcim.report.plot.LineChart;

/** The report of a kinetics run: accuracy and costs against the baseline, SPICE against the recurrence, α and β, confusion. */
public final class KineticsReport {
    /** The rows whose trajectories are drawn. */
    static final int[] ROWS = {7, 14, 21};

    private KineticsReport() {}

    public static Report of(KineticsRun.Outcome o) {
        KineticsResult r = o.result();
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Kinetic features", List.of(new Block.Paragraph(summary(r)), accuracy(r), costs(r))));
        sections.add(spice(o));
        sections.add(training(o));
        sections.add(confusion(o.confusion()));
        sections.add(extractionCost(r));
        return new Report("memcim kinetics: " + r.task(), "memcim kinetics (Shi et al. 2025, memristor kinetics as the feature learner)", r, sections);
    }

    private static String summary(KineticsResult r) {
        String published = r.publishedAccuracy() == null ? "" : String.format(Locale.ROOT, " The authors' code reaches %.1f %% on MNIST "
                + "trained on 60,000 images (other-systems.md); here %s.", 100 * r.publishedAccuracy(), r.trainData());
        String input = r.task().equals("ecg") ? "Each beat's raw 700 ms window (252 samples, scaled to [0, 1] by the training windows' 0.5 "
                + "and 99.5 %% points) is one pulse train of 252 pulses (1 V × sample, 1 µs each) into one dynamic memristor (card %s); its "
                + "252 states, w_k = w_{k−1} + α/w_{k−1} − β·x_{k−1} (%d Euler step(s) per pulse), are the beat's features, read by a "
                + "head 252 → %s → 9 (the trained classes; the unseen class is left out of these accuracies)."
                : "Each image row is a pulse train of 28 pulses (1 V × pixel/255, 1 µs each) into one dynamic memristor (card %s); its 28 "
                + "states, w_k = w_{k−1} + α/w_{k−1} − β·x_{k−1} (%d Euler step(s) per pulse), are the row's features, 784 per image, "
                + "read by a head 784 → %s → 10.";
        return String.format(Locale.ROOT, input + " α and β are learnt with the head: α = %.4f, β = %.4f per pulse. Test accuracy "
                        + "%.2f %% (%s).%s Run time %.0f s.", KineticsRun.CARD, r.substeps(), r.hidden() > 0 ? r.hidden() + " (batch-norm, ReLU)" : "(none)",
                r.alpha(), r.beta(), 100 * r.accuracy(), r.testData(), published, r.seconds());
    }

    private static Table accuracy(KineticsResult r) {
        var s = r.spread();
        List<List<String>> rows = List.of(
                List.of("kinetic, trained on ideal devices", pct(r.accuracy()), pm(s.idealTrainedOnChips(), s.idealTrainedOnChipsSd())),
                List.of("kinetic, trained with the spread", pct(s.awareAccuracy()), pm(s.awareOnChips(), s.awareOnChipsSd())),
                List.of("the same on whole chips: the spread and the head's weights programmed on crossbars (differential pairs, "
                        + "one SET per cell, 32 x 32-cell tiles, 1 ohm wires, read 1 s after programming)", "", pm(s.awareWholeChips(), s.awareWholeChipsSd())),
                List.of(r.baseline().name(), pct(r.baseline().accuracy()), "(no device)"),
                List.of(r.mlp().name(), pct(r.mlp().accuracy()), "(no device)"));
        return new Table(List.of("network", "ideal devices", String.format(Locale.ROOT, "%d chips with the spread (σα %.3f, σβ %.3f per pulse)",
                s.chips(), s.sigmaAlpha(), s.sigmaBeta())), rows);
    }

    private static Table costs(KineticsResult r) {
        return new Table(List.of("network", "learnable parameters", "multiply-accumulates per inference"), List.of(
                List.of("kinetic", String.format(Locale.ROOT, "%,d", r.parameters()), String.format(Locale.ROOT, "%,d", r.macsPerInference())),
                List.of(r.baseline().name(), String.format(Locale.ROOT, "%,d", r.baseline().parameters()),
                        String.format(Locale.ROOT, "%,d", r.baseline().macsPerInference())),
                List.of(r.mlp().name(), String.format(Locale.ROOT, "%,d", r.mlp().parameters()),
                        String.format(Locale.ROOT, "%,d", r.mlp().macsPerInference())),
                List.of("baseline ÷ kinetic", String.format(Locale.ROOT, "%.3f×", r.parameterReduction()),
                        String.format(Locale.ROOT, "%.3f×", r.macReduction()))));
    }

    /** The feature extraction's time and energy: the pulses in ngspice, reading the states, and (ECG) the digital DFT it replaces. */
    private static Section extractionCost(KineticsResult r) {
        var ro = r.stateReadout();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("kinetic: the pulse trains (ngspice, the sources' delivered energy)", Units.seconds(r.spiceSecondsPerFeatureMap()),
                Units.joules(r.spiceJoulesPerFeatureMap()), "simulated"));
        rows.add(List.of(String.format(Locale.ROOT, "kinetic: reading %,d states, one %d-bit SAR conversion each", ro.states(), ro.adcBits()), "—",
                "≥ " + Units.joules(ro.comparatorJoules()), "comparator decisions × the table's energy per decision; DAC and sensing left out"));
        var d = r.fftFrontEnd();
        String text;
        if (d != null) {
            rows.add(List.of(String.format(Locale.ROOT, "digital DFT front end: %,d cells (%,d flip-flops), %,d cycles at %s", d.cells(), d.flipFlops(),
                            d.cycles(), Units.eng(d.clockHertz(), "Hz")), Units.seconds(d.seconds()), Units.joules(d.joules()),
                    String.format(Locale.ROOT, "estimate: yosys cells × simulated activity %.3f × cmos130 (switching %s, clock %s, leakage %s)",
                            d.activity(), Units.joules(d.switchingJoules()), Units.joules(d.clockJoules()), Units.joules(d.leakageJoules()))));
            rows.add(List.of(String.format(Locale.ROOT, "the same, the %,d flip-flops of the sample buffer clock-gated outside loading",
                    d.bufferFlipFlops()), Units.seconds(d.seconds()), Units.joules(d.bufferGatedJoules()), "as above, less the buffer's clock energy"));
            text = String.format(Locale.ROOT, "The kinetic device replaces the digital front end that makes the reference chip's 32 FFT features: "
                    + "here that front end is a circuit of its own in the Java HDL (%s: bins 1–32 of the 252-sample window, one complex "
                    + "multiply-accumulate per cycle, %d-bit samples, %d-bit twiddles, %,d multiply-accumulates per beat; verified in Icarus by "
                    + "memcim verify hdl), synthesized by yosys and simulated on test beat 0. The detrend and taper before it (≈ 3 "
                    + "multiply-adds per sample) and the magnitude and log after it are not in its figure; the kinetic rows do not count a "
                    + "DAC for the pulse amplitudes. Both are estimates for 130 nm, stated as such.", d.circuit(), DigitalFrontEnd.SAMPLE_BITS,
                    DigitalFrontEnd.TWIDDLE_BITS, d.multiplyAccumulates());
        } else {
            text = "For images the kinetic device replaces the baseline's convolutions, counted above as multiply-accumulates; its own cost "
                    + "per feature map is below.";
        }
        return new Section("Cost of the feature extraction", List.of(new Block.Paragraph(text),
                new Table(List.of("what", "time", "energy", "how"), rows)));
    }

    private static Section spice(KineticsRun.Outcome o) {
        var s = o.spice();
        List<LineChart.Series> series = new ArrayList<>();
        int steps = s.recurrence()[0].length;
        double[] k = new double[steps];
        for (int i = 0; i < steps; i++) k[i] = i;
        int[] rows = s.recurrence().length > ROWS[ROWS.length - 1] ? ROWS : new int[]{0};
        for (int row : rows) {
            series.add(LineChart.Series.of("row " + row + " recurrence (Java)", k, s.recurrence()[row]));
            series.add(LineChart.Series.of("row " + row + " ngspice", k, s.spiceState()[row]));
        }
        return new Section("The feature map in ngspice", List.of(new Block.Paragraph(String.format(Locale.ROOT, "Test sample 0, every row's pulse "
                        + "train through the kinetic cell in ngspice (state on a capacitor, behavioural sources; 1 ns edges, 2 ns step) with "
                        + "the learnt α, β as the device's rates: largest relative difference from the recurrence the network was trained "
                        + "with %.2f %% (the recurrence is one Euler step of dw/dt = α/w − β·V per pulse; the larger α and β per pulse, the "
                        + "larger the gap). Energy delivered by the pulse sources for the whole feature map %s, in %s (the rows on their own "
                        + "devices, in parallel).", 100 * s.maxRelativeError(), Units.joules(s.joules()), Units.seconds(s.seconds()))),
                new Plot("trajectories.png", "state after each pulse: the Java recurrence and ngspice, test sample 0",
                        new LineChart("Trajectories: recurrence and ngspice", Axis.linear("pulse k"), Axis.linear("state w"), series))));
    }

    private static Section training(KineticsRun.Outcome o) {
        int n = o.history().size();
        double[] e = new double[n], a = new double[n], b = new double[n], acc = new double[n];
        for (int i = 0; i < n; i++) {
            var h = o.history().get(i);
            e[i] = h.epoch();
            a[i] = h.alpha();
            b[i] = h.beta();
            acc[i] = h.testAccuracy();
        }
        return new Section("Training", List.of(
                new Plot("alpha-beta.png", "α and β per pulse after each epoch", new LineChart("Learnt kinetic parameters", Axis.linear("epoch"),
                        Axis.linear("per pulse"), List.of(LineChart.Series.of("α", e, a), LineChart.Series.of("β", e, b)))),
                new Plot("accuracy.png", "test accuracy after each epoch", new LineChart("Test accuracy", Axis.linear("epoch"),
                        Axis.linear("accuracy"), List.of(LineChart.Series.of("kinetic, ideal devices", e, acc))))));
    }

    private static Section confusion(int[][] c) {
        List<String> cols = new ArrayList<>(List.of("true \\ predicted"));
        for (int k = 0; k < c.length; k++) cols.add(String.valueOf(k));
        List<List<String>> rows = new ArrayList<>();
        for (int t = 0; t < c.length; t++) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(t)));
            for (int q = 0; q < c.length; q++) row.add(String.valueOf(c[t][q]));
            rows.add(row);
        }
        return Section.of("Confusion matrix (kinetic, ideal devices)", new Table(cols, rows));
    }

    private static String pct(double v) { return String.format(Locale.ROOT, "%.2f %%", 100 * v); }

    private static String pm(double m, double sd) { return String.format(Locale.ROOT, "%.2f ± %.2f %%", 100 * m, 100 * sd); }
}
