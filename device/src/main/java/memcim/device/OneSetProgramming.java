package memcim.device;

/**
 * A target conductance G is reached by one SET at the compliance whose median is G, so the programming error is
 * that SET's cycle-to-cycle spread: σ(G) = σ(Icc(G)) of the card's programming points (today's HfOx law; no
 * parameters of its own).
 */
public record OneSetProgramming() implements ProgrammingModel {
    @Override
    public double errorSigmaSiemens(double targetSiemens, ComplianceCurve sets) {
        return sets.sigmaSiemens(sets.complianceForMedian(targetSiemens));
    }

    @Override
    public void check(String where) {
        // nothing of its own to check: the programming points are checked with the card
    }
}
