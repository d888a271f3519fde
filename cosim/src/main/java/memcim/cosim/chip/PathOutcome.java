package memcim.cosim.chip;

import java.util.ArrayList;
import java.util.List;
import memcim.bnn.Auroc;
import memcim.data.ecg.EcgClass;

/**
 * The outcomes of one evaluation path over its beats, the conversions and column currents its readout counted,
 * and the wall time; accuracy on known beats and AUROCs computed the way the bnn module's Evaluator does.
 */
public record PathOutcome(String path, String description, int samples, List<BeatOutcome> beats, long conversions,
                          double selectedAmps, double arrayAmps, double wallSeconds) {

    /** The same outcome with work done before the per-beat loop (transaction mode's ngspice prefetch) in its wall time. */
    public PathOutcome plusSeconds(double seconds) {
        return new PathOutcome(path, description, samples, beats, conversions, selectedAmps, arrayAmps, wallSeconds + seconds);
    }

    public double accuracy() {
        int known = 0, correct = 0;
        for (BeatOutcome b : beats) {
            if (b.label() >= EcgClass.TRAINED) continue;
            known++;
            if (b.result().prediction() == b.label()) correct++;
        }
        return known == 0 ? Double.NaN : (double) correct / known;
    }

    /** U_a separating wrong from correct predictions of known beats. */
    public double aurocAleatoric() {
        List<Double> wrong = new ArrayList<>(), right = new ArrayList<>();
        for (BeatOutcome b : beats) {
            if (b.label() >= EcgClass.TRAINED) continue;
            (b.result().prediction() == b.label() ? right : wrong).add(b.result().aleatoricNats());
        }
        return wrong.isEmpty() || right.isEmpty() ? Double.NaN : Auroc.of(array(wrong), array(right));
    }

    /** U_e separating unseen-class beats from known beats. */
    public double aurocEpistemic() {
        List<Double> unseen = new ArrayList<>(), known = new ArrayList<>();
        for (BeatOutcome b : beats) (b.label() >= EcgClass.TRAINED ? unseen : known).add(b.result().epistemicNats());
        return unseen.isEmpty() || known.isEmpty() ? Double.NaN : Auroc.of(array(unseen), array(known));
    }

    public int knownBeats() { return (int) beats.stream().filter(b -> b.label() < EcgClass.TRAINED).count(); }

    public int unseenBeats() { return beats.size() - knownBeats(); }

    /** Epistemic (or aleatoric) uncertainties of known or unseen beats, for histograms. */
    public double[] uncertainties(boolean epistemic, boolean unseen) {
        return beats.stream().filter(b -> (b.label() >= EcgClass.TRAINED) == unseen)
                .mapToDouble(b -> epistemic ? b.result().epistemicNats() : b.result().aleatoricNats()).toArray();
    }

    private static double[] array(List<Double> xs) { return xs.stream().mapToDouble(Double::doubleValue).toArray(); }
}
