package memcim.bnn.flow;

import java.util.ArrayList;
import java.util.List;
import memcim.cosim.chip.PathOutcome;
import memcim.cosim.energy.EnergyBreakdown;
import memcim.cosim.energy.EnergyItem;
import memcim.cosim.kernel.LockStepChip;
import memcim.cosim.report.ChipReport;
import memcim.report.Plot;
import memcim.report.plot.Axis;
import memcim.report.plot.BarChart;
import memcim.report.plot.Histogram;
import memcim.report.plot.LineChart;
import memcim.report.plot.Waveform;

/** The chip report's figures from a finished run. */
final class ReportPlots {
    private ReportPlots() {}

    static List<Plot> of(EnergyBreakdown energy, PathOutcome fast, List<ChipReport.SamplesPoint> bySamples,
                         List<ChipReport.TimePoint> overTime, LockStepChip.Waveform conversion) {
        List<Plot> plots = new ArrayList<>();
        List<String> names = new ArrayList<>();
        double[] joules = new double[energy.items().size()];
        for (int i = 0; i < joules.length; i++) {
            EnergyItem e = energy.items().get(i);
            names.add(shortName(e.name()));
            joules[i] = e.joulesPerInference();
        }
        plots.add(new Plot("energy.png", "Energy per inference by part (log scale)", BarChart.of("Energy per inference by part",
                "", Axis.log("energy per inference", "J"), names, joules)));
        if (fast != null) {
            plots.add(new Plot("epistemic.png", "Epistemic uncertainty of known and unseen-class beats (fast path, test set)",
                    uncertainty("Epistemic uncertainty U_e", "U_e", fast.uncertainties(true, false), fast.uncertainties(true, true))));
            plots.add(new Plot("aleatoric.png", "Aleatoric uncertainty of known and unseen-class beats (fast path, test set)",
                    uncertainty("Aleatoric uncertainty U_a", "U_a", fast.uncertainties(false, false), fast.uncertainties(false, true))));
        }
        if (!bySamples.isEmpty()) {
            double[] m = bySamples.stream().mapToDouble(ChipReport.SamplesPoint::samples).toArray();
            plots.add(new Plot("samples.png", "Accuracy and AUROCs against the number of samples M (fast path)",
                    new LineChart("Accuracy and AUROCs vs samples M", Axis.linear("samples M"), Axis.linear("accuracy / AUROC"), List.of(
                            LineChart.Series.of("accuracy", m, bySamples.stream().mapToDouble(ChipReport.SamplesPoint::accuracy).toArray()),
                            LineChart.Series.of("AUROC aleatoric", m, bySamples.stream().mapToDouble(ChipReport.SamplesPoint::aurocAleatoric).toArray()),
                            LineChart.Series.of("AUROC epistemic", m, bySamples.stream().mapToDouble(ChipReport.SamplesPoint::aurocEpistemic).toArray())))));
        }
        if (overTime.size() > 1) {
            double[] t = overTime.stream().mapToDouble(ChipReport.TimePoint::seconds).toArray();
            plots.add(new Plot("drift.png", "Accuracy and AUROCs against time since programming (programmed cells drifting "
                    + "by the device card, read noise, ideal arrays): " + overTime.stream().map(ChipReport.TimePoint::time)
                    .collect(java.util.stream.Collectors.joining(", ")),
                    new LineChart("Accuracy and AUROCs vs time since programming", Axis.log("time since programming", "s"),
                            Axis.linear("accuracy / AUROC").between(0.5, 1), List.of(
                            LineChart.Series.of("accuracy", t, overTime.stream().mapToDouble(ChipReport.TimePoint::accuracy).toArray()),
                            LineChart.Series.of("AUROC aleatoric", t, overTime.stream().mapToDouble(ChipReport.TimePoint::aurocAleatoric).toArray()),
                            LineChart.Series.of("AUROC epistemic", t, overTime.stream().mapToDouble(ChipReport.TimePoint::aurocEpistemic).toArray())))));
        }
        if (conversion != null && conversion.timeSeconds().length > 1) {
            plots.add(new Plot("conversion.png", "One SAR conversion in lock-step (ngspice): column voltage, C-DAC, comparator",
                    Waveform.of("SAR conversion (lock-step)", conversion.timeSeconds(), Axis.linear("voltage", "V"), List.of(
                            Waveform.Trace.of("selected column (front end, mux)", conversion.columnVolts()),
                            Waveform.Trace.of("C-DAC", conversion.dacVolts()),
                            Waveform.Trace.of("comparator output", conversion.comparatorVolts())))));
        }
        return plots;
    }

    private static Histogram uncertainty(String title, String symbol, double[] known, double[] unseen) {
        return new Histogram(title, Axis.linear(symbol, "nats"), "fraction of beats",
                List.of(Histogram.Sample.of("known", known), Histogram.Sample.of("unseen", unseen)), 24);
    }

    private static String shortName(String name) {
        return name.replace("MAC (read columns)", "MAC").replace("MAC (line charging)", "lines").replace("idle columns", "idle")
                .replace("word-line drivers", "WL").replace("front ends", "TIA").replace("ADC comparator", "cmp")
                .replace("ADC C-DAC", "DAC").replace("digital switching", "dig.sw").replace("digital clock", "clock")
                .replace("digital leakage", "leak");
    }
}
