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
                             double gridAgreement, double epistemicMapError, double aleatoricMapError, double sigmaRatioMedian,
                             List<ProgrammingCost> programming, SpiceCheck spice, PosteriorDiagnostics posterior, double seconds) {

    /**
     * @param rows                  array rows read by SPICE too
     * @param predictionsIdentical  share of (row, test input) pairs whose predicted class is the same from either read
     * @param ensembleIdentical     share of test inputs whose ensemble (mean over those rows) class is the same
     */
    public record SpiceCheck(int[] rows, ReadoutAgreement currents, double predictionsIdentical, double ensembleIdentical,
                             double seconds) {}
}
