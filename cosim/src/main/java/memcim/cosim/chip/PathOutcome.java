package memcim.cosim.chip;

import java.util.List;
import memcim.data.ecg.EcgClass;
import memcim.networks.Metrics;

/**
 * The outcomes of one evaluation path over its beats, the conversions and column currents its readout counted,
 * and the wall time; accuracy on known beats and AUROCs by the networks module's one metrics function.
 */
public record PathOutcome(String path, String description, int samples, List<BeatOutcome> beats, long conversions,
                          double selectedAmps, double arrayAmps, double wallSeconds) {

    /** The same outcome with work done before the per-beat loop (transaction mode's ngspice prefetch) in its wall time. */
    public PathOutcome plusSeconds(double seconds) {
        return new PathOutcome(path, description, samples, beats, conversions, selectedAmps, arrayAmps, wallSeconds + seconds);
    }

    /** Accuracy, AUROCs and the uncertainty fractions of these beats: the networks module's one metrics function. */
    public Metrics metrics() {
        int n = beats.size();
        int[] labels = new int[n], prediction = new int[n];
        double[] ua = new double[n], ue = new double[n];
        for (int i = 0; i < n; i++) {
            BeatOutcome b = beats.get(i);
            labels[i] = b.label();
            prediction[i] = b.result().prediction();
            ua[i] = b.result().aleatoricNats();
            ue[i] = b.result().epistemicNats();
        }
        return Metrics.of(samples, EcgClass.TRAINED, labels, prediction, ua, ue);
    }

    public double accuracy() { return metrics().accuracy(); }

    /** U_a separating wrong from correct predictions of known beats. */
    public double aurocAleatoric() { return metrics().aurocAleatoric(); }

    /** U_e separating unseen-class beats from known beats. */
    public double aurocEpistemic() { return metrics().aurocEpistemic(); }

    public int knownBeats() { return (int) beats.stream().filter(b -> b.label() < EcgClass.TRAINED).count(); }

    public int unseenBeats() { return beats.size() - knownBeats(); }

    /** Epistemic (or aleatoric) uncertainties of known or unseen beats, for histograms. */
    public double[] uncertainties(boolean epistemic, boolean unseen) {
        return beats.stream().filter(b -> (b.label() >= EcgClass.TRAINED) == unseen)
                .mapToDouble(b -> epistemic ? b.result().epistemicNats() : b.result().aleatoricNats()).toArray();
    }

}
