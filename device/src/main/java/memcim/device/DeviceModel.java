package memcim.device;

import java.util.random.RandomGenerator;
import memcim.core.InputException;

/**
 * The statistics of one card, its stages put to work: SET draws at any compliance current ({@link ComplianceCurve}),
 * program-and-verify, programming to a target conductance ({@link ProgrammingModel}), and programmed cells that
 * live in time: drift coefficients drawn at programming ({@link DriftModel}), drift and read noise at any time since
 * programming ({@link ReadNoiseModel}). Every draw takes the caller's generator, so the same seed gives the same
 * conductances. Thread-safe (immutable).
 */
public final class DeviceModel {
    private final DeviceCard card;
    private final ComplianceCurve sets;

    public DeviceModel(DeviceCard card) {
        CardValidator.check(card, card.name());
        this.card = card;
        this.sets = new ComplianceCurve(card.programmingPoints());
    }

    public DeviceCard card() { return card; }

    /** The card's measured SET statistics by compliance current. */
    public ComplianceCurve sets() { return sets; }

    public double minComplianceAmps() { return sets.minComplianceAmps(); }

    public double maxComplianceAmps() { return sets.maxComplianceAmps(); }

    /** Median conductance after one SET at this compliance (measured at the card's measurement time). */
    public double medianSiemens(double complianceAmps) {
        return sets.medianSiemens(complianceAmps);
    }

    /** Cycle-to-cycle standard deviation of the conductance after one SET at this compliance. */
    public double sigmaSiemens(double complianceAmps) {
        return sets.sigmaSiemens(complianceAmps);
    }

    /** The compliance whose median is {@code medianSiemens} (inverse of {@link #medianSiemens}; medians increase). */
    public double complianceForMedian(double medianSiemens) {
        return sets.complianceForMedian(medianSiemens);
    }

    /** σ of the conductance of a cell programmed to {@code targetSiemens}, by the card's programming law. */
    public double programmingSigmaSiemens(double targetSiemens) {
        return card.programming().errorSigmaSiemens(targetSiemens, sets);
    }

    /** One SET at this compliance: a Gaussian draw, held within the card's [off, on] conductance range. */
    public double programSet(double complianceAmps, RandomGenerator rng) {
        double g = medianSiemens(complianceAmps) + sigmaSiemens(complianceAmps) * rng.nextGaussian();
        return clamp(g);
    }

    /**
     * Program-and-verify: RESET + SET at this compliance, repeated until the verify read lies in
     * [lowSiemens, highSiemens] or {@code maxTries} tries are spent (then the last draw stays); the accepted value then
     * relaxes until the measurement time by a Gaussian step of the card's fraction of σ(Icc).
     */
    public double programAndVerify(double lowSiemens, double highSiemens, double complianceAmps, int maxTries,
                                   RandomGenerator rng) {
        return programAndVerifyCounted(lowSiemens, highSiemens, complianceAmps, maxTries, rng).siemens();
    }

    /** A cell programmed and verified: its conductance and the RESET + SET tries it took (what programming costs). */
    public record Verified(double siemens, int tries) {}

    /** {@link #programAndVerify(double, double, double, int, RandomGenerator)}, the same draws, with its tries. */
    public Verified programAndVerifyCounted(double lowSiemens, double highSiemens, double complianceAmps, int maxTries,
                                            RandomGenerator rng) {
        if (!(highSiemens > lowSiemens)) {
            throw new InputException("programAndVerify window", "highSiemens > lowSiemens", lowSiemens + " .. " + highSiemens);
        }
        if (maxTries < 1) throw new InputException("programAndVerify maxTries", ">= 1", String.valueOf(maxTries));
        double g = 0;
        int tries = 0;
        while (tries < maxTries) {
            g = programSet(complianceAmps, rng);
            tries++;
            if (g >= lowSiemens && g <= highSiemens) break;
        }
        double relax = card.programVerify().relaxationSigmaFraction() * sigmaSiemens(complianceAmps);
        return new Verified(clamp(g + relax * rng.nextGaussian()), tries);
    }

    /** Program-and-verify with the card's default number of tries. */
    public double programAndVerify(double lowSiemens, double highSiemens, double complianceAmps, RandomGenerator rng) {
        return programAndVerify(lowSiemens, highSiemens, complianceAmps, card.programVerify().maxTries(), rng);
    }

    /**
     * One cell programmed by one SET at this compliance. Its conductance is exactly {@link #programSet} on
     * {@code conductanceRng} (the same numbers, in the same order); its drift coefficient is drawn from
     * {@code coefficientRng} for the SET's median, so adding drift to a flow leaves its conductances as they were.
     */
    public ProgrammedCell program(double complianceAmps, RandomGenerator conductanceRng, RandomGenerator coefficientRng) {
        double g = programSet(complianceAmps, conductanceRng);
        double target = medianSiemens(complianceAmps);
        return new ProgrammedCell(g, target, card.drift().drawCoefficient(target, coefficientRng));
    }

    /**
     * One cell programmed to a target conductance: N(target, σ(target)) by the card's programming law, held within
     * [off, on]; its drift coefficient drawn for the target from {@code coefficientRng}.
     */
    public ProgrammedCell programTarget(double targetSiemens, RandomGenerator conductanceRng, RandomGenerator coefficientRng) {
        if (!(targetSiemens >= card.offSiemens() && targetSiemens <= card.onSiemens())) {
            throw new InputException("targetSiemens", "within the card's [offSiemens, onSiemens] = [" + card.offSiemens()
                    + ", " + card.onSiemens() + "] S", String.valueOf(targetSiemens));
        }
        double g = clamp(targetSiemens + programmingSigmaSiemens(targetSiemens) * conductanceRng.nextGaussian());
        return new ProgrammedCell(g, targetSiemens, card.drift().drawCoefficient(targetSiemens, coefficientRng));
    }

    /**
     * One cell programmed as {@code target} says: {@link #program(double, RandomGenerator, RandomGenerator)} for a
     * compliance current, {@link #programTarget} for a target conductance (the same draws, in the same order).
     */
    public ProgrammedCell program(CellTarget target, RandomGenerator conductanceRng, RandomGenerator coefficientRng) {
        if (target instanceof CellTarget.Compliance c) return program(c.amps(), conductanceRng, coefficientRng);
        return programTarget(((CellTarget.Conductance) target).siemens(), conductanceRng, coefficientRng);
    }

    /** The cell's conductance {@code seconds} after programming, by the card's drift law: no noise, no draw. */
    public double conductanceAt(ProgrammedCell cell, double seconds) {
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new InputException("seconds since programming", "a finite time > 0 s", String.valueOf(seconds));
        }
        return card.drift().at(cell.programmedSiemens(), cell.driftCoefficient(), seconds, card.measurementSeconds());
    }

    /** One read of the cell {@code seconds} after programming: its drifted conductance with fresh read noise. */
    public double readAt(ProgrammedCell cell, double seconds, RandomGenerator readRng) {
        return card.readNoise().read(conductanceAt(cell, seconds), cell.programmedSiemens(), seconds, readRng);
    }

    private double clamp(double g) {
        return Math.min(card.onSiemens(), Math.max(card.offSiemens(), g));
    }
}
