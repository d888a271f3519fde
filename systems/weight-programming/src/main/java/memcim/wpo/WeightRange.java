package memcim.wpo;

import memcim.device.ComplianceCurve;
import memcim.device.DeviceCard;
import memcim.device.OneSetProgramming;
import memcim.device.PolynomialProgramming;
import memcim.mapping.ConductanceRange;

/** The conductances the search may give a cell on a card: where the card's programming law says what happens. */
public final class WeightRange {
    private WeightRange() {}

    /**
     * A polynomial law: the card's [off, on], capped at the full scale its programming-error polynomial was fitted to
     * (pcm: 25 µS of 40), since beyond it the fitted quadratic falls and the search would choose cells where the card
     * says nothing. A one-SET law: the medians its compliance curve reaches (hfox: 10–120 µS), the only targets whose
     * error the card gives.
     */
    public static ConductanceRange of(DeviceCard card) {
        if (card.programming() instanceof OneSetProgramming)
            return ConductanceRange.ofSets(new ComplianceCurve(card.programmingPoints()));
        double max = card.onSiemens();
        if (card.programming() instanceof PolynomialProgramming p) max = Math.min(max, p.gMaxSiemens());
        return new ConductanceRange(card.offSiemens(), max);
    }
}
