package memcim.data.ecg;

import java.util.random.RandomGenerator;

/**
 * What makes one synthetic patient differ from another: heart rate, signal gain, noise, baseline
 * wander, and fixed per-event offsets of the morphology. Beats of one class from different patients
 * therefore differ more than beats of one patient, the way real beats do.
 */
final class PatientStyle {
    private static final int MAX_EVENTS = 8;
    final double meanRrSeconds;
    final double gain;
    final double noiseMillivolts;
    final double wanderMillivolts;
    final double respirationHz;
    final double respirationPhase;
    final double mayerPhase;
    private final double[] angleShiftDeg = new double[MAX_EVENTS];
    private final double[] amplitudeGain = new double[MAX_EVENTS];
    private final double[] widthGain = new double[MAX_EVENTS];
    private final double beatAngleJitterDeg;
    private final double beatAmplitudeJitter;

    PatientStyle(SyntheticEcg.Settings s, RandomGenerator rng) {
        meanRrSeconds = 60.0 / (58 + 40 * rng.nextDouble());
        gain = 0.7 + 0.6 * rng.nextDouble();
        noiseMillivolts = s.noiseMillivolts() * (0.5 + rng.nextDouble());
        wanderMillivolts = s.wanderMillivolts() * (0.3 + 1.4 * rng.nextDouble());
        respirationHz = 0.15 + 0.2 * rng.nextDouble();
        respirationPhase = 2 * Math.PI * rng.nextDouble();
        mayerPhase = 2 * Math.PI * rng.nextDouble();
        for (int i = 0; i < MAX_EVENTS; i++) {
            angleShiftDeg[i] = rng.nextGaussian() * s.morphologySpread() * 6;
            amplitudeGain[i] = Math.max(0.2, 1 + rng.nextGaussian() * s.morphologySpread());
            widthGain[i] = Math.max(0.5, 1 + rng.nextGaussian() * s.morphologySpread() * 0.5);
        }
        beatAngleJitterDeg = s.morphologySpread() * 2;
        beatAmplitudeJitter = s.morphologySpread() * 0.4;
    }

    double angleShiftDeg(int event) { return angleShiftDeg[event % MAX_EVENTS]; }
    double amplitudeGain(int event) { return amplitudeGain[event % MAX_EVENTS]; }
    double widthGain(int event) { return widthGain[event % MAX_EVENTS]; }
    double beatAngleJitterDeg() { return beatAngleJitterDeg; }
    double beatAmplitudeJitter() { return beatAmplitudeJitter; }

    /** Sinus RR at time t: Mayer-wave (0.1 Hz) and respiratory sinus arrhythmia modulation. */
    double sinusRr(double tSeconds, RandomGenerator rng) {
        double mod = 0.04 * Math.sin(2 * Math.PI * 0.1 * tSeconds + mayerPhase)
                + 0.03 * Math.sin(2 * Math.PI * respirationHz * tSeconds + respirationPhase);
        return meanRrSeconds * (1 + mod) + 0.01 * rng.nextGaussian();
    }

    /** Baseline the ECGSYN z variable relaxes to (respiration plus a slower drift). */
    double baseline(double tSeconds) {
        return wanderMillivolts * (Math.sin(2 * Math.PI * respirationHz * tSeconds + respirationPhase)
                + 0.5 * Math.sin(2 * Math.PI * 0.05 * tSeconds + mayerPhase));
    }
}
