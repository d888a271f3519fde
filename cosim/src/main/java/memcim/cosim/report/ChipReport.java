package memcim.cosim.report;

import java.util.List;
import java.util.Map;
import memcim.hdl.spec.ChipSpec;

/**
 * Everything {@code memcim demo} and {@code memcim cosim} report: the chip, each evaluation path's accuracy and
 * AUROCs, the energy, the lock-step/transaction agreement, accuracy against M, the programmed network against
 * time since programming, and stage timings: the chip's
 * {@code report.json} ({@link ChipReportPage} lays it out as the page of a report module's report).
 */
public record ChipReport(String generator, ChipSpec chip, Map<String, PathResult> paths, EnergyReport energy,
                         Agreement agreement, List<SamplesPoint> accuracyVsSamples, List<TimePoint> programmedOverTime,
                         Map<String, Double> stageSeconds,
                         Tolerance tolerance, List<String> notes, Comparison published) {

    /** How lock-step and transaction mode agreed on the same conversions. */
    public record Agreement(int beats, long codesCompared, long codesDiffering, double differingFraction,
                            int maxCodeDifference) {}

    /** Accuracy and AUROCs with the first M samples of the chip. */
    public record SamplesPoint(int samples, double accuracy, double aurocAleatoric, double aurocEpistemic) {}

    /** The chip's programmed cells read a time after programming (drift and read noise; ideal arrays, no ADC). */
    public record TimePoint(String time, double seconds, double accuracy, double aurocAleatoric, double aurocEpistemic) {}

    /** The agreement the acceptance asks for, co-simulation vs fast model, and whether it held. */
    public record Tolerance(double accuracy, double auroc, boolean accuracyWithin, boolean aurocWithin,
                            String compared) {}
}
