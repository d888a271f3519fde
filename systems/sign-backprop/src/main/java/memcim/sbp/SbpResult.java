package memcim.sbp;

import java.util.ArrayList;
import java.util.List;
import memcim.device.NonlinearBoundedPulses;
import memcim.netlist.cell.PulseCalibration;

/**
 * The figures of a sign-backpropagation run, as {@code --json} prints them. {@code accuracy} is the pulsed device's (the
 * card's steps, cycle noise and IR drop: {@link SbpRun.Step#WIRES}); each ladder step's {@code cost} is the accuracy it
 * loses against the step before. Pulses and programming energy per epoch are the pulsed device's, averaged over its
 * epochs, the energy from the compact model's SET and RESET pulses in ngspice.
 *
 * @param floatAllTrainingAccuracy the float baseline on every training image of the set when the run used fewer (null
 *                                 when it used them all): what the smaller training set costs
 */
public record SbpResult(String data, int trainImages, int trainAvailable, int testImages, int hidden, int epochs, SignRule rule, boolean anneal, int repeats,
                        double accuracy, double floatAccuracy, Double floatAllTrainingAccuracy, double idealSignAccuracy,
                        double publishedAccuracy, List<LadderStep> ladder, double pulsesPerEpoch, double energyPerEpochJoules,
                        Calibration calibration, SbpCosts costs, double seconds) {

    /**
     * One step of the ladder over its trainings.
     *
     * @param accuracy       mean over the step's trainings (one per seed) of the final test accuracy
     * @param accuracySd     their standard deviation (0 with one seed)
     * @param pulsesPerEpoch SET + RESET pulses, mean over the epochs (and seeds)
     * @param updatesPerEpoch samples that pulsed anything, mean over the epochs
     * @param mostPulsedCell pulses taken by the most-pulsed cell over the whole training
     */
    public record LadderStep(String step, String label, double accuracy, double accuracySd, List<Double> accuracies, double cost,
                             double setsPerEpoch, double resetsPerEpoch,
                             double pulsesPerEpoch, double updatesPerEpoch, int mostPulsedCell, List<Double> testAccuracyByEpoch,
                             double seconds) {}

    /**
     * The card's pulse response measured on its compact model: pulses across the window each way, the fitted law, its RMS
     * against SPICE, and the mean energy of one SET and one RESET.
     */
    public record Calibration(int setPulses, int resetPulses, NonlinearBoundedPulses fitted, double setRmsSiemens, double resetRmsSiemens,
                              double setJoules, double resetJoules) {}

    static SbpResult of(SbpRun.Settings s, String data, int train, int available, int test, NonlinearBoundedPulses card,
                        PulseCalibration.Fit fit, PulseCalibration.Curve curve, List<SbpRun.Trained> ladder, double floatAccuracy,
                        Double floatAll, int inputs, double meanActive, double seconds) {
        List<LadderStep> steps = new ArrayList<>();
        double previous = Double.NaN;
        for (SbpRun.Step step : SbpRun.Step.values()) {
            List<SbpRun.Trained> runs = ladder.stream().filter(t -> t.step() == step).toList();
            double sets = 0, resets = 0, updates = 0, trainingSeconds = 0;
            int epochsSeen = 0, most = 0;
            List<Double> finals = new ArrayList<>();
            double[] byEpoch = new double[runs.get(0).history().size()];
            for (SbpRun.Trained t : runs) {
                for (SignTraining.Epoch e : t.history()) {
                    sets += e.sets();
                    resets += e.resets();
                    updates += e.updates();
                    byEpoch[e.epoch() - 1] += e.testAccuracy() / runs.size();
                    epochsSeen++;
                }
                finals.add(t.accuracy());
                most = Math.max(most, t.mostPulsedCell());
                trainingSeconds += t.seconds();
            }
            double mean = finals.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            double sd = finals.size() < 2 ? 0 : Math.sqrt(finals.stream().mapToDouble(a -> (a - mean) * (a - mean)).sum() / (finals.size() - 1));
            List<Double> acc = new ArrayList<>();
            for (double a : byEpoch) acc.add(a);
            steps.add(new LadderStep(step.name().toLowerCase(java.util.Locale.ROOT), step.label, mean, sd, finals,
                    Double.isNaN(previous) ? 0 : previous - mean, sets / epochsSeen, resets / epochsSeen, (sets + resets) / epochsSeen,
                    updates / epochsSeen, most, acc, trainingSeconds));
            previous = mean;
        }
        LadderStep p = steps.get(SbpRun.Step.WIRES.ordinal());
        Calibration cal = new Calibration(curve.setPulses(), curve.resetPulses(), fit.law(), fit.setRmsSiemens(), fit.resetRmsSiemens(),
                curve.meanSetJoules(), curve.meanResetJoules());
        double energy = p.setsPerEpoch() * cal.setJoules() + p.resetsPerEpoch() * cal.resetJoules();
        SbpRun.Trained head = ladder.stream().filter(t -> t.step() == SbpRun.Step.WIRES).findFirst().orElseThrow();
        double meanG = java.util.Arrays.stream(head.conductancesAfter()).average().orElse(0);
        SbpCosts costs = SbpCosts.of(inputs, s.hidden(), 10, meanActive, head.meanHiddenActive(), meanG, train, p.updatesPerEpoch(),
                s.rule().pulses(), LockStepUpdate.windowsAtLeast(card.conditions()), energy, memcim.cosim.energy.TechnologyTable.cmos130());
        return new SbpResult(data, train, available, test, s.hidden(), s.epochs(), s.rule(), s.anneal(), s.repeats(), p.accuracy(),
                floatAccuracy, floatAll, steps.get(SbpRun.Step.IDEAL.ordinal()).accuracy(), SbpRun.PUBLISHED_ACCURACY, steps,
                p.pulsesPerEpoch(), energy, cal, costs, seconds);
    }
}
