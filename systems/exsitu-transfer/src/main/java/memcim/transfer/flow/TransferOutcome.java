package memcim.transfer.flow;

import java.util.List;
import memcim.networks.Predictions;
import memcim.transfer.plan.SigmaMatch;
import memcim.transfer.plan.SingleSetTransfer;
import memcim.transfer.posterior.PosteriorDraws;

/**
 * A transfer run: its figures, and what the report draws (maps of the grid for software and chip, the σ match,
 * the posterior's traces).
 *
 * @param softwareGrid    null off the plane
 * @param transferredGrid null off the plane
 */
public record TransferOutcome(TransferResult result, TaskData task, PosteriorDraws posterior, SingleSetTransfer transfer,
                              Predictions softwareGrid, Predictions transferredGrid, List<SigmaMatch> sigmaMatch) {
    /** The same run with its figures replaced (route (c) added by the command that ran it). */
    public TransferOutcome withResult(TransferResult r) {
        return new TransferOutcome(r, task, posterior, transfer, softwareGrid, transferredGrid, sigmaMatch);
    }
}
