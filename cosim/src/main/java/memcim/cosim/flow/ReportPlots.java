package memcim.cosim.flow;

import java.util.ArrayList;
import java.util.List;
import memcim.cosim.chip.PathOutcome;
import memcim.cosim.energy.EnergyBreakdown;
import memcim.cosim.energy.EnergyItem;
import memcim.cosim.kernel.LockStepChip;
import memcim.cosim.report.Report;
import memcim.report.Plot;
import memcim.report.plot.BarChart;
import memcim.report.plot.Histogram;
import memcim.report.plot.LinePlot;
import memcim.report.plot.Waveform;

/** The report's figures from a finished run. */
final class ReportPlots {
    private ReportPlots() {}

    static List<Plot> of(EnergyBreakdown energy, PathOutcome fast, List<Report.SamplesPoint> bySamples,
                         LockStepChip.Waveform conversion) {
        List<Plot> plots = new ArrayList<>();
        List<String> names = new ArrayList<>();
        double[] joules = new double[energy.items().size()];
        for (int i = 0; i < joules.length; i++) {
            EnergyItem e = energy.items().get(i);
            names.add(shortName(e.name()));
            joules[i] = e.joulesPerInference();
        }
        plots.add(new Plot("energy.png", "Energy per inference by part (log scale)",
                BarChart.png("Energy per inference by part", "energy per inference", "J", names, joules, true)));
        if (fast != null) {
            plots.add(new Plot("epistemic.png", "Epistemic uncertainty of known and unseen-class beats (fast path, test set)",
                    Histogram.png("Epistemic uncertainty U_e", "U_e (nats)", List.of("known", "unseen"),
                            List.of(fast.uncertainties(true, false), fast.uncertainties(true, true)), 24)));
            plots.add(new Plot("aleatoric.png", "Aleatoric uncertainty of known and unseen-class beats (fast path, test set)",
                    Histogram.png("Aleatoric uncertainty U_a", "U_a (nats)", List.of("known", "unseen"),
                            List.of(fast.uncertainties(false, false), fast.uncertainties(false, true)), 24)));
        }
        if (!bySamples.isEmpty()) {
            double[] m = bySamples.stream().mapToDouble(Report.SamplesPoint::samples).toArray();
            plots.add(new Plot("samples.png", "Accuracy and AUROCs against the number of samples M (fast path)",
                    LinePlot.png("Accuracy and AUROCs vs samples M", "samples M", "accuracy / AUROC", List.of(
                            new LinePlot.Series("accuracy", m, bySamples.stream().mapToDouble(Report.SamplesPoint::accuracy).toArray()),
                            new LinePlot.Series("AUROC aleatoric", m, bySamples.stream().mapToDouble(Report.SamplesPoint::aurocAleatoric).toArray()),
                            new LinePlot.Series("AUROC epistemic", m, bySamples.stream().mapToDouble(Report.SamplesPoint::aurocEpistemic).toArray())))));
        }
        if (conversion != null && conversion.timeSeconds().length > 1) {
            plots.add(new Plot("conversion.png", "One SAR conversion in lock-step (ngspice): column voltage, C-DAC, comparator",
                    Waveform.png("SAR conversion (lock-step)", conversion.timeSeconds(), List.of(
                            new Waveform.Trace("selected column (front end, mux)", conversion.columnVolts()),
                            new Waveform.Trace("C-DAC", conversion.dacVolts()),
                            new Waveform.Trace("comparator output", conversion.comparatorVolts())))));
        }
        return plots;
    }

    private static String shortName(String name) {
        return name.replace("MAC (read columns)", "MAC").replace("MAC (line charging)", "lines").replace("idle columns", "idle")
                .replace("word-line drivers", "WL").replace("front ends", "TIA").replace("ADC comparator", "cmp")
                .replace("ADC C-DAC", "DAC").replace("digital switching", "dig.sw").replace("digital clock", "clock")
                .replace("digital leakage", "leak");
    }
}
