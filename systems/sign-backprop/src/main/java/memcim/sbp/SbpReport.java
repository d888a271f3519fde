package memcim.sbp;

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
import memcim.report.plot.Histogram;
import memcim.report.plot.LineChart;

/** The report of a sign-backpropagation run: the ladder, accuracy per epoch, the pulse-response fit, conductances, costs. */
public final class SbpReport {
    private SbpReport() {}

    public static Report of(SbpRun.Outcome o) {
        SbpResult r = o.result();
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Sign backpropagation on chip", List.of(new Block.Paragraph(summary(r)), ladder(r))));
        sections.add(epochs(o));
        sections.add(fit(o));
        sections.add(conductances(o));
        sections.add(costs(r));
        return new Report("memcim sbp", "memcim sbp (Zhang et al. 2018, on-chip learning by sign backpropagation)", r, sections);
    }

    private static String summary(SbpResult r) {
        SignRule rule = r.rule();
        String tenK = r.floatAllTrainingAccuracy() == null ? " This set has no more training images, so what the smaller set costs is not "
                + "measured here (Fashion-MNIST's 60,000 are: run without --mnist)."
                : String.format(Locale.ROOT, " The float MLP reaches %s on these %,d images and %s on all %,d: that is what the smaller "
                + "training set costs it.", pct(r.floatAccuracy()), r.trainImages(), pct(r.floatAllTrainingAccuracy()), r.trainAvailable());
        return String.format(Locale.ROOT, "%s, %,d training and %,d test images, each pixel thresholded to a bit (a word line driven at "
                        + "V_read or not); 784 × %d × 10 with a bias line per layer, differential 1T1R pairs per weight, %d epochs, one "
                        + "sample at a time. Hidden neurons are comparators (bit = current > 0); the output error is a hinge (margin %s "
                        + "weight units), the hidden error the output errors read back through the output array, ternary with a dead "
                        + "zone of %s, gated by a straight-through window of ±%s around the hidden threshold; every update is %d "
                        + "pulse(s) per cell where an input bit meets a non-zero error: SET G⁺ and RESET G⁻ to raise a weight, the "
                        + "reverse to lower it%s. On the pulsed device %s (the paper's simulation: ~94.5 %% on 60,000 MNIST images, "
                        + "secondary source); the float MLP with SGD %s; sign-BP on ideal devices %s.%s",
                r.data(), r.trainImages(), r.testImages(), r.hidden(), r.epochs(), num(rule.outputMargin()), num(rule.hiddenDeadZone()),
                num(rule.hiddenWindow()), rule.pulses(), r.anneal() ? "; in epoch e each driven line of an update takes part with "
                        + "probability 1/e (the learning-rate schedule: a random mask on the word-line drivers)" : "", pct(r.accuracy()), pct(r.floatAccuracy()), pct(r.idealSignAccuracy()), tenK);
    }

    private static Table ladder(SbpResult r) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("float MLP, SGD (networks' MAP objective, clipped-ReLU hidden codes)", pct(r.floatAccuracy()), "—", "—", "—"));
        for (SbpResult.LadderStep s : r.ladder())
            rows.add(List.of("sign-BP " + s.label(), r.repeats() > 1 ? pct(s.accuracy()) + " ± " + pct(s.accuracySd()) : pct(s.accuracy()), s.step().equals("ideal") ? "—" : String.format(Locale.ROOT, "%+.2f points", -100 * s.cost()),
                    String.format(Locale.ROOT, "%,.0f", s.pulsesPerEpoch()), String.format(Locale.ROOT, "%,d", s.mostPulsedCell())));
        return new Table(List.of("training", r.repeats() > 1 ? "test accuracy (mean ± sd of " + r.repeats() + " seeds)" : "test accuracy", "against the step before", "pulses per epoch", "most pulses on one cell"), rows);
    }

    private static Section epochs(SbpRun.Outcome o) {
        List<LineChart.Series> series = new ArrayList<>();
        series.add(LineChart.Series.of("float MLP", x(o.floatHistory().size()), o.floatHistory().stream().mapToDouble(Double::doubleValue).toArray()));
        for (SbpRun.Trained t : o.ladder()) {
            if (t.seed() != o.ladder().get(0).seed()) continue;   // the first seed's curves
            double[] a = t.history().stream().mapToDouble(SignTraining.Epoch::testAccuracy).toArray();
            series.add(LineChart.Series.of(t.step().name().toLowerCase(Locale.ROOT), x(a.length), a));
        }
        return Section.of("Accuracy per epoch", new Plot("accuracy.png", "test accuracy after each epoch, every training",
                new LineChart("Test accuracy", Axis.linear("epoch"), Axis.linear("accuracy"), series)));
    }

    private static Section fit(SbpRun.Outcome o) {
        var c = o.curve();
        var f = o.fit();
        var law = f.law();
        int ns = c.setSiemens().length, nr = c.resetSiemens().length;
        double[] xs = x0(ns), xr = new double[nr];
        for (int k = 0; k < nr; k++) xr[k] = ns - 1 + k;
        List<LineChart.Series> series = List.of(
                LineChart.Series.of("SET, ngspice", xs, micro(c.setSiemens())), LineChart.Series.of("SET, fitted law", xs, micro(f.setModel())),
                LineChart.Series.of("RESET, ngspice", xr, micro(c.resetSiemens())), LineChart.Series.of("RESET, fitted law", xr, micro(f.resetModel())));
        var cond = law.conditions();
        String text = String.format(Locale.ROOT, "The card's pulses on its own 1T1R compact model in ngspice, one transient per pulse from "
                        + "the state the last one left: SETs (bit line %s V, gate %s V, %s plateau, 10 ns ramps) from %s until past %s, "
                        + "%d pulses, then RESETs (source line %s V, gate %s V, %s) back, %d pulses. The law fitted to the steps (ΔG "
                        + "linear in G): SET %s at the bottom, shrinking by 1 + η = %.3f towards the top; RESET %s at the top, %.3f "
                        + "towards the bottom; RMS against SPICE %s (SET) and %s (RESET). Mean energy the line sources deliver: %s per "
                        + "SET, %s per RESET.", num(cond.setBitLineVolts()), num(cond.setGateVolts()), Units.seconds(cond.setSeconds()),
                Units.eng(law.minSiemens(), "S"), Units.eng(law.maxSiemens(), "S"), c.setPulses(), num(cond.resetSourceLineVolts()),
                num(cond.resetGateVolts()), Units.seconds(cond.resetSeconds()), c.resetPulses(), Units.eng(law.setStepSiemens(), "S"),
                1 + law.setNonlinearity(), Units.eng(law.resetStepSiemens(), "S"), 1 + law.resetNonlinearity(),
                Units.eng(f.setRmsSiemens(), "S"), Units.eng(f.resetRmsSiemens(), "S"), Units.joules(c.meanSetJoules()),
                Units.joules(c.meanResetJoules()));
        return new Section("The pulse response, measured and fitted", List.of(new Block.Paragraph(text),
                new Plot("pulse-fit.png", "conductance after each identical pulse: ngspice and the fitted law",
                        new LineChart("ΔG per pulse: SPICE and the card's law", Axis.linear("pulse"), Axis.linear("conductance (µS)"), series))));
    }

    private static Section conductances(SbpRun.Outcome o) {
        SbpRun.Trained pulsed = o.ladder().get(SbpRun.Step.WIRES.ordinal());
        return Section.of("Conductances before and after training (the pulsed device)", new Plot("conductances.png",
                "every cell of both layers, programmed at the start and after the last epoch",
                new Histogram("Conductances", Axis.linear("conductance (µS)"), "fraction of cells", List.of(
                        Histogram.Sample.of("before", micro(pulsed.conductancesBefore())),
                        Histogram.Sample.of("after", micro(pulsed.conductancesAfter()))), 60)));
    }

    private static Section costs(SbpResult r) {
        var cal = r.calibration();
        SbpResult.LadderStep p = r.ladder().get(SbpRun.Step.WIRES.ordinal());
        List<List<String>> rows = List.of(
                List.of("SET pulses per epoch", String.format(Locale.ROOT, "%,.0f", p.setsPerEpoch()), Units.joules(cal.setJoules()) + " each (ngspice)"),
                List.of("RESET pulses per epoch", String.format(Locale.ROOT, "%,.0f", p.resetsPerEpoch()), Units.joules(cal.resetJoules()) + " each (ngspice)"),
                List.of("samples that pulsed, per epoch", String.format(Locale.ROOT, "%,.0f of %,d", p.updatesPerEpoch(), r.trainImages()), ""),
                List.of("programming energy per epoch", Units.joules(r.energyPerEpochJoules()), "pulses × their energy"));
        SbpCosts c = r.costs();
        List<List<String>> more = List.of(
                List.of("time per epoch", Units.seconds(c.secondsPerEpoch()), String.format(Locale.ROOT, "%,d cycles per sample that pulses, %,d "
                        + "per sample that does not, at %s (the clock that resolves the card's pulses); reads of %s; inputs loaded %d bits "
                        + "per cycle", c.cyclesUpdated(), c.cyclesSkipped(), Units.eng(c.clockHertz(), "Hz"), Units.seconds(SbpCosts.READ_SECONDS),
                        SbpCosts.BUS_BITS)),
                List.of("array reads per training sample", Units.joules(c.readJoulesPerSample()), String.format(Locale.ROOT, "G·V²·t of every "
                        + "driven cell at %s V for %s, the trained conductances: forward through both layers and the output array read back",
                        num(SbpCosts.READ_VOLTS), Units.seconds(SbpCosts.READ_SECONDS))),
                List.of("comparators per training sample", Units.joules(c.comparatorJoulesPerSample()), "hidden sign and window, hidden errors, "
                        + "output hinge: decisions × the technology table's energy per decision"),
                List.of("controller and pulse scheduler per sample", Units.joules(c.controllerJoulesUpdated()) + " with an update, "
                        + Units.joules(c.controllerJoulesSkipped()) + " without", "yosys cells × simulated toggles × cmos130, clock and leakage"),
                List.of("error units and column drivers per updated sample", "≤ " + Units.joules(c.combinationalJoulesBoundPerSample()),
                        String.format(Locale.ROOT, "%,d yosys cells, each switching at most once per phase (a bound)", c.combinationalCells())),
                List.of("training energy per epoch, all of the above", Units.joules(c.trainingJoulesPerEpoch()), "programming pulses included"),
                List.of("inference afterwards, per sample", Units.seconds(c.inferenceSecondsPerSample()) + ", " + Units.joules(c.inferenceJoulesPerSample()),
                        "the forward reads, their comparators and the controller's share"));
        return new Section("Pulses, energy and time (the pulsed device; estimates for 130 nm)", List.of(
                new Table(List.of("what", "per epoch", "how"), rows), new Table(List.of("what", "figure", "how"), more)));
    }

    private static double[] x(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = i + 1;
        return x;
    }

    private static double[] x0(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = i;
        return x;
    }

    private static double[] micro(double[] s) {
        double[] out = new double[s.length];
        for (int i = 0; i < s.length; i++) out[i] = s[i] * 1e6;
        return out;
    }

    private static String pct(double v) { return String.format(Locale.ROOT, "%.2f %%", 100 * v); }

    private static String num(double v) { return String.format(Locale.ROOT, "%.3g", v); }
}
