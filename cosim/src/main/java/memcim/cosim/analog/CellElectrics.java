package memcim.cosim.analog;

import memcim.device.DeviceCard;

/**
 * The read I-V of one 1T1R cell as the device card gives it: the access transistor's on-resistance in series with
 * a memristor I = G·V₀·sinh(V/V₀) (V₀ = +∞: linear).
 */
public record CellElectrics(double accessOhms, double nonlinearityVolts) {
    public static CellElectrics of(DeviceCard card) {
        return new CellElectrics(card.accessOnOhms(), card.nonlinearityVolts());
    }

    public boolean linear() { return Double.isInfinite(nonlinearityVolts); }

    /** Series access + memristor folded into one sinh element: slope G/(1+G·Ra), V₀·(1+G·Ra)^1.5. */
    public double effectiveSiemens(double g) { return g / (1 + g * accessOhms); }

    public double effectiveVolts(double g) { return nonlinearityVolts * Math.pow(1 + g * accessOhms, 1.5); }

    /** Current over voltage of the whole cell at {@code volts} (the folded element the SPICE decks use). */
    public double chordSiemens(double g, double volts) {
        if (linear()) return effectiveSiemens(g);
        double v0 = effectiveVolts(g);
        return effectiveSiemens(g) * v0 * Math.sinh(volts / v0) / volts;
    }
}
