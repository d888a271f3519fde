package memcim.data.ecg;

import static memcim.data.ecg.WaveEvent.Kind.ATRIAL;
import static memcim.data.ecg.WaveEvent.Kind.FIXED;
import static memcim.data.ecg.WaveEvent.Kind.QRS;
import static memcim.data.ecg.WaveEvent.Kind.REPOLARISATION;
import static memcim.data.ecg.WaveEvent.deg;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Class-specific beat templates for the synthetic ECG: each class is a list of ECGSYN Gaussian events,
 * and a timing rule (how premature the beat is, what pause follows). The templates follow the textbook
 * features of each MIT-BIH beat type (docs/bnn.md, "Classes"); they are illustrative, not fitted.
 */
public final class BeatMorphology {
    private BeatMorphology() {}

    /** The ECGSYN default normal beat: P, Q, R, S, T. */
    static final List<WaveEvent> NORMAL = List.of(
            deg(-70, 1.2, 0.25, ATRIAL), deg(-15, -5.0, 0.1, QRS), deg(0, 30, 0.1, QRS),
            deg(15, -7.5, 0.1, QRS), deg(100, 0.75, 0.4, REPOLARISATION));

    /** Wide notched R without Q or S, discordant (inverted) T. */
    static final List<WaveEvent> LBBB = List.of(
            deg(-70, 1.1, 0.25, ATRIAL), deg(-8, 9.0, 0.16, QRS), deg(14, 10.0, 0.16, QRS),
            deg(110, -0.8, 0.45, REPOLARISATION));

    /** rSR': small r, deep wide S, late broad R', slightly inverted T. */
    static final List<WaveEvent> RBBB = List.of(
            deg(-70, 1.1, 0.25, ATRIAL), deg(-14, -3.0, 0.1, QRS), deg(-3, 20, 0.09, QRS),
            deg(13, -12, 0.1, QRS), deg(30, 5.0, 0.16, QRS), deg(105, -0.35, 0.4, REPOLARISATION));

    /** Normal QRS after an abnormal (low, biphasic, early) P wave. */
    static final List<WaveEvent> APC = List.of(
            deg(-58, 0.7, 0.2, ATRIAL), deg(-45, -0.35, 0.15, ATRIAL), deg(-15, -5.0, 0.1, QRS),
            deg(0, 30, 0.1, QRS), deg(15, -7.5, 0.1, QRS), deg(100, 0.75, 0.4, REPOLARISATION));

    /** No P wave; wide, tall QRS; large discordant T. */
    static final List<WaveEvent> PVC = List.of(
            deg(-6, 9.0, 0.24, QRS), deg(28, -5.5, 0.24, QRS), deg(115, -1.4, 0.45, REPOLARISATION));

    /** A narrow pacing spike, then a wide QRS without P and an inverted T. */
    static final List<WaveEvent> PACED = List.of(
            deg(-24, 600, 0.025, FIXED), deg(0, 7.0, 0.22, QRS), deg(26, -4.0, 0.2, QRS),
            deg(112, -0.9, 0.45, REPOLARISATION));

    /** Junctional escape: no P wave, normal QRS, a small retrograde (inverted) P after it. */
    static final List<WaveEvent> NODAL = List.of(
            deg(-15, -4.0, 0.1, QRS), deg(0, 28, 0.1, QRS), deg(15, -7.0, 0.1, QRS),
            deg(55, -0.5, 0.18, ATRIAL), deg(100, 0.7, 0.4, REPOLARISATION));

    /** Premature abnormal P wave conducted with a partial right-bundle aberration. */
    static final List<WaveEvent> ABERRATED = List.of(
            deg(-58, 0.7, 0.2, ATRIAL), deg(-45, -0.35, 0.15, ATRIAL), deg(-3, 22, 0.11, QRS),
            deg(13, -9.0, 0.1, QRS), deg(28, 3.5, 0.15, QRS), deg(105, -0.3, 0.4, REPOLARISATION));

    /**
     * Ventricular flutter: continuous alternating waves with no isoelectric line and no distinct P, QRS or
     * T, each half-wave a Gaussian of angular width {@code widthRad}; the forcing amplitude keeps the
     * peak near 1 mV whatever the width (rendered amplitude ∝ a·b²).
     */
    static List<WaveEvent> flutter(double widthRad) {
        double a = 2.4 / (widthRad * widthRad);
        return List.of(deg(0, a, widthRad, FIXED), deg(180, -a, widthRad, FIXED));
    }

    /** The template of a class (fusion is built per beat from the normal and PVC templates). */
    static List<WaveEvent> template(EcgClass c, double flutterWidthRad) {
        return switch (c) {
            case NORMAL -> NORMAL;
            case LEFT_BUNDLE_BRANCH_BLOCK -> LBBB;
            case RIGHT_BUNDLE_BRANCH_BLOCK -> RBBB;
            case ATRIAL_PREMATURE -> APC;
            case PREMATURE_VENTRICULAR -> PVC;
            case PACED -> PACED;
            case NODAL_ESCAPE -> NODAL;
            case ABERRATED_ATRIAL_PREMATURE -> ABERRATED;
            case VENTRICULAR_FLUTTER -> flutter(flutterWidthRad);
            case FUSION -> throw new IllegalArgumentException("fusion beats are mixed per beat");
        };
    }

    /**
     * The events of one beat of class {@code c}: the template (for fusion, a random mix of normal and PVC)
     * with each event jittered by a patient's fixed offsets and a small per-beat variation.
     */
    static List<WaveEvent> beat(EcgClass c, PatientStyle patient, double flutterWidthRad, RandomGenerator rng) {
        List<WaveEvent> base;
        if (c == EcgClass.FUSION) {
            double lambda = 0.3 + 0.4 * rng.nextDouble();   // share of the ventricular activation
            base = new ArrayList<>();
            for (WaveEvent e : NORMAL) base.add(new WaveEvent(e.thetaRad(), e.a() * (1 - lambda), e.bRad(), e.kind()));
            for (WaveEvent e : PVC) base.add(new WaveEvent(e.thetaRad(), e.a() * lambda, e.bRad(), e.kind()));
        } else {
            base = template(c, flutterWidthRad);
        }
        List<WaveEvent> out = new ArrayList<>(base.size());
        for (int i = 0; i < base.size(); i++) {
            WaveEvent e = base.get(i);
            double shift = Math.toRadians(patient.angleShiftDeg(i) + rng.nextGaussian() * patient.beatAngleJitterDeg());
            double gain = patient.amplitudeGain(i) * (1 + rng.nextGaussian() * patient.beatAmplitudeJitter());
            double width = patient.widthGain(i) * (1 + rng.nextGaussian() * patient.beatAmplitudeJitter() * 0.5);
            out.add(new WaveEvent(e.thetaRad() + shift, e.a() * gain, e.bRad() * Math.max(0.5, width), e.kind()));
        }
        return out;
    }

    /** RR interval of a beat of class {@code c} relative to the patient's current sinus RR. */
    static double prematurity(EcgClass c, RandomGenerator rng) {
        return switch (c) {
            case ATRIAL_PREMATURE -> 0.62 + 0.18 * rng.nextDouble();
            case ABERRATED_ATRIAL_PREMATURE -> 0.60 + 0.18 * rng.nextDouble();
            case PREMATURE_VENTRICULAR -> 0.55 + 0.2 * rng.nextDouble();
            case FUSION -> 0.88 + 0.1 * rng.nextDouble();
            case NODAL_ESCAPE -> 1.3 + 0.4 * rng.nextDouble();
            default -> 1.0;
        };
    }

    /** RR of the beat after one of class {@code c} (compensatory pause after a PVC, partial after an APC). */
    static double pauseAfter(EcgClass c, double prematurity, RandomGenerator rng) {
        return switch (c) {
            case PREMATURE_VENTRICULAR -> 2.0 - prematurity;
            case ATRIAL_PREMATURE, ABERRATED_ATRIAL_PREMATURE -> 1.08 + 0.1 * rng.nextDouble();
            default -> 1.0;
        };
    }
}
