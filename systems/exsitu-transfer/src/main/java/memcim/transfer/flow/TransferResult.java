package memcim.transfer.flow;

import java.util.List;
import memcim.transfer.plan.ProgrammingCost;
import memcim.transfer.posterior.PosteriorDiagnostics;
import memcim.transfer.readout.ReadoutAgreement;

/**
 * The figures of one transfer run, as {@code report.json} and {@code --json} give them.
 *
 * @param software          (a) the MCMC posterior, every draw
 * @param planned           the plan's components drawn in software, no device: what the mixture decomposition keeps
 * @param transferred       (b) the single-SET transfer read through the fast array model
 * @param verifiedDraws     the same rows' posterior draws programmed and verified (what a precise transfer gives)
 * @param conventional      (d) one MAP network programmed and verified
 * @param referenceChip     (c) the reference chip's route on the same task (Bayes by Backprop with the technological
 *                          loss, one SET per cell per instance), null where it was not run (the 2-D tasks)
 * @param gridAgreement     share of the map's grid where (b) predicts the class (a) predicts (NaN off the plane)
 * @param epistemicMapError mean |U_e(b) − U_e(a)| over the grid, nats
 * @param devices           devices programmed by the transfer
 * @param pulsesPerDevice   SET pulses each of them received
 * @param sigmaRatioMedian  median over components of (σ obtained on the chip) / (software σ)
 * @param spice             SPICE against the fast model on the checked rows
 */
public record TransferResult(String task, String device, String network, String layout, long devices, int pulsesPerDevice,
                             int arrays, double scaleSiemensPerUnit, double klNats, int componentsPerWeight, String componentChoice,
                             RouteFigures software, RouteFigures planned, RouteFigures transferred, RouteFigures verifiedDraws, RouteFigures conventional,
                             RouteFigures referenceChip,
                             double gridAgreement, double epistemicMapError, double aleatoricMapError, double sigmaRatioMedian,
                             List<ProgrammingCost> programming, SpiceCheck spice, PosteriorDiagnostics posterior, double seconds) {

    /** The routes in the order of the comparison, the ones run: (a), the plan in software, (b), the verified draws, (c), (d). */
    public java.util.List<RouteFigures> routes() {
        java.util.List<RouteFigures> out = new java.util.ArrayList<>(java.util.List.of(software, planned, transferred, verifiedDraws));
        if (referenceChip != null) out.add(referenceChip);
        out.add(conventional);
        return out;
    }

    /** The same run with route (c) added, its programming cost with the others'. */
    public TransferResult withReferenceChip(RouteFigures route, ProgrammingCost cost) {
        List<ProgrammingCost> costs = new java.util.ArrayList<>(programming);
        costs.add(cost);
        return new TransferResult(task, device, network, layout, devices, pulsesPerDevice, arrays, scaleSiemensPerUnit, klNats,
                componentsPerWeight, componentChoice, software, planned, transferred, verifiedDraws, conventional, route, gridAgreement,
                epistemicMapError, aleatoricMapError, sigmaRatioMedian, List.copyOf(costs), spice, posterior, seconds);
    }

    /**
     * @param rows                  array rows read by SPICE too
     * @param read                  how a row is read (the circuit both reads solve)
     * @param predictionsIdentical  share of (row, test input) pairs whose predicted class is the same from either read
     * @param ensembleIdentical     share of test inputs whose ensemble (mean over those rows) class is the same
     */
    public record SpiceCheck(int[] rows, String read, ReadoutAgreement currents, double predictionsIdentical, double ensembleIdentical,
                             double seconds) {}
}
