package memcim.device;

import java.util.ArrayList;
import java.util.List;

/**
 * The feasible (μ, σ) of one weight sample w = G⁺ − G⁻, both cells programmed with one SET each, at any pair of n
 * compliance currents (log-spaced over the card's range): μ = μ⁺ − μ⁻, σ = √(σ⁺² + σ⁻²). n² points.
 */
public final class PairDomain extends FeasibleDomain {
    private PairDomain(List<FeasiblePoint> points) {
        super(points);
    }

    /** The most conditions per cell a pair domain takes: n² points in one list (46341² overflows an int). */
    public static final int MAX_CONDITIONS = 46_340;

    public static PairDomain of(DeviceModel dev, int conditionsPerCell) {
        if (conditionsPerCell > MAX_CONDITIONS) {
            throw new memcim.core.InputException("conditionsPerCell", "at most " + MAX_CONDITIONS + " (n^2 points in one list)",
                    String.valueOf(conditionsPerCell));
        }
        double[] icc = conditions(dev, conditionsPerCell);
        double[] m = new double[icc.length], s = new double[icc.length];
        for (int k = 0; k < icc.length; k++) {
            m[k] = dev.medianSiemens(icc[k]);
            s[k] = dev.sigmaSiemens(icc[k]);
        }
        List<FeasiblePoint> pts = new ArrayList<>(icc.length * icc.length);
        for (int p = 0; p < icc.length; p++) {
            for (int q = 0; q < icc.length; q++) {
                pts.add(new FeasiblePoint(m[p] - m[q], Math.sqrt(s[p] * s[p] + s[q] * s[q]), icc[p], icc[q]));
            }
        }
        return new PairDomain(pts);
    }
}
