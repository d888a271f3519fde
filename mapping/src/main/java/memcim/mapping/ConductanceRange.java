package memcim.mapping;

import memcim.core.InputException;
import memcim.device.ComplianceCurve;
import memcim.device.DeviceCard;
import memcim.device.NonlinearBoundedPulses;
import memcim.device.PulseResponse;

/**
 * The conductances a converter may give a cell, [minSiemens, maxSiemens]: a converter's split keeps every cell target
 * inside it. Which range is right depends on how the cells are programmed: {@link #of(DeviceCard)} for targets
 * programmed and verified anywhere in the card's [off, on]; {@link #ofSets(ComplianceCurve)} for one SET per cell (the
 * medians the compliance curve reaches); {@link #ofPulses(PulseResponse)} for a pulsed device's bounds.
 */
public record ConductanceRange(double minSiemens, double maxSiemens) {
    public ConductanceRange {
        if (!(minSiemens >= 0) || Double.isInfinite(minSiemens))
            throw new InputException("conductance range minSiemens", "a finite value >= 0", String.valueOf(minSiemens));
        if (!(maxSiemens > minSiemens))
            throw new InputException("conductance range maxSiemens", "> minSiemens (" + minSiemens + ")", String.valueOf(maxSiemens));
    }

    /** No upper bound, 0 below: for converters used only to decode (the reference chip's pair). */
    public static ConductanceRange unbounded() {
        return new ConductanceRange(0, Double.POSITIVE_INFINITY);
    }

    /** The card's [offSiemens, onSiemens]. */
    public static ConductanceRange of(DeviceCard card) {
        return new ConductanceRange(card.offSiemens(), card.onSiemens());
    }

    /** The medians one SET reaches: [median(min compliance), median(max compliance)]. */
    public static ConductanceRange ofSets(ComplianceCurve sets) {
        return new ConductanceRange(sets.medianSiemens(sets.minComplianceAmps()), sets.medianSiemens(sets.maxComplianceAmps()));
    }

    /** A pulsed device's bounds (its {@code nonlinear-bounded} law's [minSiemens, maxSiemens]). */
    public static ConductanceRange ofPulses(PulseResponse pulses) {
        if (pulses instanceof NonlinearBoundedPulses p) return new ConductanceRange(p.minSiemens(), p.maxSiemens());
        throw new InputException("pulses.law", "a card with a pulse response (its bounds give the range)", "\"" + pulses.law() + "\"");
    }

    /** maxSiemens − minSiemens: the largest difference one pair of cells can hold. */
    public double spanSiemens() {
        return maxSiemens - minSiemens;
    }

    public boolean contains(double siemens) {
        return siemens >= minSiemens && siemens <= maxSiemens;
    }
}
