package memcim.wpo;

import memcim.device.DeviceCard;
import memcim.device.PolynomialProgramming;
import memcim.mapping.ConductanceRange;

/** The conductances the search may give a cell on a card. */
public final class WeightRange {
    private WeightRange() {}

    /**
     * The card's [off, on], capped at the full scale its programming-error polynomial was fitted to (pcm: 25 µS of
     * 40): beyond it the fitted quadratic falls, and the search would choose cells where the card says nothing.
     */
    public static ConductanceRange of(DeviceCard card) {
        double max = card.onSiemens();
        if (card.programming() instanceof PolynomialProgramming p) max = Math.min(max, p.gMaxSiemens());
        return new ConductanceRange(card.offSiemens(), max);
    }
}
