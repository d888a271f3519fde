package memcim.data.ecg;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The embedded ECG source: a dynamical model in the spirit of ECGSYN (McSharry et al., IEEE TBME 2003).
 * The state moves round a limit cycle at angular velocity 2π/RR (one turn per beat, R peak at phase 0)
 * and the signal z obeys ż = −Σ aᵢ Δθᵢ exp(−Δθᵢ²/2bᵢ²) − (z − z₀(t)), one Gaussian event per wave.
 * Each beat takes its events from its class ({@link BeatMorphology}) jittered per patient and per beat;
 * RR varies with Mayer waves and respiration; z₀ carries baseline wander; white noise is added.
 *
 * <p>Records are built from segments: a rhythm segment (normal, bundle branch blocks, paced, flutter)
 * has every beat of one class, an ectopic segment puts premature or escape beats of one class into a
 * normal rhythm (every third beat), so the 700 ms window of an ectopic beat shows the normal
 * neighbours it would have in a real record.
 */
public final class SyntheticEcg {
    /** Millivolts per unit of the ECGSYN z variable: makes the normal R wave about 1 mV. */
    private static final double MILLIVOLTS_PER_UNIT = 21.0;
    private static final int BEATS_PER_SEGMENT = 12;
    private static final int SEGMENTS_PER_PATIENT = 5;
    private static final int OVERSAMPLING = 2;

    /**
     * @param beatsPerClass annotated beats wanted of every class (the unseen class included)
     * @param noiseMillivolts typical white-noise standard deviation
     * @param wanderMillivolts typical baseline-wander amplitude
     * @param morphologySpread relative spread of the per-patient morphology offsets (0.15 = 15 %)
     * @param flutterWidthRad angular width of the unseen class's flutter half-waves: 0.2 gives sharp waves
     *        (about 7 ms σ at 260/min), 0.75 sine-like ones, which sit closer to the trained classes
     */
    public record Settings(long seed, int beatsPerClass, double samplingHz, double noiseMillivolts,
                           double wanderMillivolts, double morphologySpread, double flutterWidthRad) {
        public static final double DEFAULT_FLUTTER_WIDTH_RAD = 0.2;

        public static Settings defaults(long seed, int beatsPerClass) {
            return new Settings(seed, beatsPerClass, 360, 0.04, 0.15, 0.18, DEFAULT_FLUTTER_WIDTH_RAD);
        }

        public Settings withFlutterWidth(double rad) {
            return new Settings(seed, beatsPerClass, samplingHz, noiseMillivolts, wanderMillivolts, morphologySpread, rad);
        }
    }

    private SyntheticEcg() {}

    /** Patient records, together holding at least {@code beatsPerClass} annotated beats of every class. */
    public static List<EcgRecord> generate(Settings s) {
        SplittableRandom root = new SplittableRandom(s.seed());
        int[] deficit = new int[EcgClass.values().length];
        // a margin: the first and last beats of a record have no full window and are dropped later
        java.util.Arrays.fill(deficit, s.beatsPerClass() + 2);
        // the unseen class only appears in the test split, about one beat in ten there
        deficit[EcgClass.VENTRICULAR_FLUTTER.ordinal()] = unseenBeats(s.beatsPerClass()) + 2;
        List<EcgRecord> records = new ArrayList<>();
        while (java.util.Arrays.stream(deficit).anyMatch(d -> d > 0)) {
            SplittableRandom rng = root.split();
            PatientStyle patient = new PatientStyle(s, rng);
            List<EcgClass> plan = new ArrayList<>();
            for (int seg = 0; seg < SEGMENTS_PER_PATIENT && java.util.Arrays.stream(deficit).anyMatch(d -> d > 0); seg++) {
                EcgClass c = pickByDeficit(deficit, rng);
                for (int i = 0; i < BEATS_PER_SEGMENT; i++) {
                    EcgClass beat = rhythmClass(c) || i % 3 != 2 ? (rhythmClass(c) ? c : EcgClass.NORMAL) : c;
                    plan.add(beat);
                    deficit[beat.ordinal()]--;
                }
            }
            records.add(render(String.format("syn%04d", records.size()), plan, patient, s, rng));
        }
        return records;
    }

    /** Beats of the unseen class in a set with {@code beatsPerClass} beats of each trained class. */
    public static int unseenBeats(int beatsPerClass) {
        return Math.max(1, (int) Math.ceil(beatsPerClass * 0.2));
    }

    /** Classes that form a whole rhythm rather than single ectopic beats in a normal rhythm. */
    private static boolean rhythmClass(EcgClass c) {
        return switch (c) {
            case NORMAL, LEFT_BUNDLE_BRANCH_BLOCK, RIGHT_BUNDLE_BRANCH_BLOCK, PACED, VENTRICULAR_FLUTTER -> true;
            default -> false;
        };
    }

    /** A class drawn with probability proportional to how many of its beats are still missing. */
    private static EcgClass pickByDeficit(int[] deficit, RandomGenerator rng) {
        long total = 0;
        for (int d : deficit) total += Math.max(0, d);
        long r = rng.nextLong(total);
        for (int k = 0; k < deficit.length; k++) {
            r -= Math.max(0, deficit[k]);
            if (r < 0) return EcgClass.values()[k];
        }
        throw new IllegalStateException("no deficit left");
    }

    /** Integrates the model over the planned beats and returns the sampled, annotated record. */
    static EcgRecord render(String name, List<EcgClass> plan, PatientStyle patient, Settings s, RandomGenerator rng) {
        int n = plan.size();
        double[] rTime = new double[n];
        double[] rr = new double[n];
        List<List<WaveEvent>> events = new ArrayList<>(n);
        double t = 0.6;
        double nextFactor = 1.0;
        for (int k = 0; k < n; k++) {
            EcgClass c = plan.get(k);
            double interval;
            if (c == EcgClass.VENTRICULAR_FLUTTER) {
                interval = 0.2 + 0.06 * rng.nextDouble();
                nextFactor = 1.0;
            } else if (c == EcgClass.PACED) {
                interval = 60.0 / 72 + 0.004 * rng.nextGaussian();   // a pacemaker keeps its rate
                nextFactor = 1.0;
            } else {
                double p = BeatMorphology.prematurity(c, rng);
                interval = patient.sinusRr(t, rng) * p * nextFactor;
                nextFactor = BeatMorphology.pauseAfter(c, p, rng);
            }
            rr[k] = interval;
            t += k == 0 ? 0 : interval;
            rTime[k] = t;
            double hrFactor = Math.sqrt(Math.min(4, Math.max(0.4, 1.0 / interval)));
            double beatGain = patient.gain * MILLIVOLTS_PER_UNIT;
            List<WaveEvent> beat = new ArrayList<>();
            for (WaveEvent e : BeatMorphology.beat(c, patient, s.flutterWidthRad(), rng)) beat.add(e.atRate(hrFactor, beatGain));
            events.add(beat);
        }
        double end = rTime[n - 1] + 0.6;
        int samples = (int) Math.floor(end * s.samplingHz());
        double h = 1.0 / (s.samplingHz() * OVERSAMPLING);
        double[] mv = new double[samples];
        Forcing f = new Forcing(rTime, rr, events);
        double y = patient.baseline(0);
        double time = 0;
        for (int i = 0; i < samples; i++) {
            mv[i] = y + patient.noiseMillivolts * rng.nextGaussian();
            for (int sub = 0; sub < OVERSAMPLING; sub++) {
                // RK4 on ẏ = F(t) − (y − z0(t))
                double k1 = f.at(time) - (y - patient.baseline(time));
                double k2 = f.at(time + h / 2) - (y + h / 2 * k1 - patient.baseline(time + h / 2));
                double k3 = f.at(time + h / 2) - (y + h / 2 * k2 - patient.baseline(time + h / 2));
                double k4 = f.at(time + h) - (y + h * k3 - patient.baseline(time + h));
                y += h / 6 * (k1 + 2 * k2 + 2 * k3 + k4);
                time += h;
            }
        }
        List<BeatAnnotation> beats = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            int sample = (int) Math.round(rTime[k] * s.samplingHz());
            if (sample < samples) beats.add(new BeatAnnotation(sample, plan.get(k).symbol()));
        }
        return new EcgRecord(name, s.samplingHz(), mv, beats);
    }

    /** The ECGSYN forcing term at time t, from the beats on both sides of t. */
    private static final class Forcing {
        private final double[] rTime;
        private final double[] rr;
        private final List<List<WaveEvent>> events;
        private int k;   // index of the first R peak after t (moves forward only)

        Forcing(double[] rTime, double[] rr, List<List<WaveEvent>> events) {
            this.rTime = rTime;
            this.rr = rr;
            this.events = events;
        }

        double at(double t) {
            while (k < rTime.length && rTime[k] <= t) k++;
            double sum = 0;
            if (k < rTime.length) {
                double prevR = k == 0 ? rTime[0] - rr[0] : rTime[k - 1];
                double omega = 2 * Math.PI / (rTime[k] - prevR);
                double theta = omega * (t - prevR);                       // 0 at the previous R, 2π at the next
                if (k > 0) sum += contribution(events.get(k - 1), theta);
                sum += contribution(events.get(k), theta - 2 * Math.PI);
            } else {
                double omega = 2 * Math.PI / rr[rr.length - 1];
                sum += contribution(events.get(rTime.length - 1), omega * (t - rTime[rTime.length - 1]));
            }
            return sum;
        }

        /** −Σ aᵢ Δθᵢ exp(−Δθᵢ²/2bᵢ²), as in ECGSYN (widths already scaled with the rate). */
        private static double contribution(List<WaveEvent> beat, double theta) {
            double sum = 0;
            for (WaveEvent e : beat) {
                double d = theta - e.thetaRad();
                if (Math.abs(d) > 6 * e.bRad()) continue;
                sum -= e.a() * d * Math.exp(-d * d / (2 * e.bRad() * e.bRad()));
            }
            return sum;
        }
    }
}
