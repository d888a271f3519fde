package memcim.kinetics;

import memcim.device.DiffusionDriftDynamics;
import memcim.netlist.cell.KineticPulseDeck;
import memcim.spice.NgSpice;

/**
 * One input's feature map made in ngspice: each row's pulse train ({@link PulseTrain}) through the kinetic cell
 * ({@link KineticPulseDeck}) with the network's learnt α, β as the device's rates, against the recurrence the network
 * was trained with; the energy the sources deliver and the time it takes (the rows on their own devices, in parallel).
 */
public final class SpiceFeatures {
    /** Ramps of the pulses and the transient's largest step (KineticPulseDeckTest: 2e-5 of RK4 at these). */
    public static final double EDGE_SECONDS = 1e-9, MAX_STEP_SECONDS = 2e-9;

    private SpiceFeatures() {}

    /**
     * @param spiceState   [row][step] the SPICE state after each pulse (step 0: w₀)
     * @param recurrence   [row][step] the trained network's trajectory
     * @param maxRelativeError max over rows and steps of |w_spice − w_recurrence| / w_spice
     * @param joules       energy the pulse sources deliver for the whole feature map
     * @param seconds      duration of one pulse train (every row at once)
     */
    public record Result(double[][] spiceState, double[][] recurrence, double maxRelativeError, double joules, double seconds) {}

    public static Result run(KineticClassifier net, double[] input, DiffusionDriftDynamics card, PulseTrain pulses) {
        DiffusionDriftDynamics device = pulses.device(card, net.alpha(), net.beta());
        int rows = net.rows(), steps = net.steps();
        double[][] spice = new double[rows][steps], rec = new double[rows][];
        double[] f = net.featureMap(input);
        double worst = 0, joules = 0;
        NgSpice ng = NgSpice.shared();
        for (int r = 0; r < rows; r++) {
            double[] x = java.util.Arrays.copyOfRange(input, r * steps, (r + 1) * steps);
            rec[r] = java.util.Arrays.copyOfRange(f, r * steps, (r + 1) * steps);
            ng.loadCircuit(KineticPulseDeck.of(device, x, pulses.amplitudeVolts(), pulses.widthSeconds(), pulses.periodSeconds(),
                    EDGE_SECONDS, MAX_STEP_SECONDS).render());
            ng.run();
            double[] t = ng.realVector("time"), w = ng.realVector(KineticPulseDeck.STATE_VECTOR);
            double[] v = ng.realVector(KineticPulseDeck.DRIVE_VECTOR), i = ng.realVector(KineticPulseDeck.CURRENT_VECTOR);
            ng.removeCircuits();
            for (int k = 0; k < steps; k++) {
                spice[r][k] = k == 0 ? w[0] : at(t, w, k * pulses.periodSeconds());
                worst = Math.max(worst, Math.abs(spice[r][k] - rec[r][k]) / Math.abs(spice[r][k]));
            }
            for (int n = 1; n < t.length; n++) joules -= (t[n] - t[n - 1]) / 2 * (v[n] * i[n] + v[n - 1] * i[n - 1]);
        }
        return new Result(spice, rec, worst, joules, steps * pulses.periodSeconds());
    }

    static double at(double[] t, double[] v, double when) {
        int i = 1;
        while (i < t.length - 1 && t[i] < when) i++;
        double f = (when - t[i - 1]) / (t[i] - t[i - 1]);
        return v[i - 1] + f * (v[i] - v[i - 1]);
    }
}
