package memcim.device;

import java.util.ArrayList;
import java.util.List;

/**
 * The feasible (μ, σ) of one cell programmed with one SET at n compliance currents (log-spaced over the card's
 * range): the card's curve σ(μ) itself. Points have complianceAmpsMinus = 0 (no second cell).
 */
public final class SingleCellDomain extends FeasibleDomain {
    private SingleCellDomain(List<FeasiblePoint> points) {
        super(points);
    }

    public static SingleCellDomain of(DeviceModel dev, int conditions) {
        List<FeasiblePoint> pts = new ArrayList<>();
        for (double icc : conditions(dev, conditions)) {
            pts.add(new FeasiblePoint(dev.medianSiemens(icc), dev.sigmaSiemens(icc), icc, 0));
        }
        return new SingleCellDomain(pts);
    }
}
