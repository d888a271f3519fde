package memcim.transfer.flow;

import memcim.device.DeviceCard;
import memcim.device.array.CellType;

/**
 * How the periphery turns a column current back into a conductance: the conductance a lone cell would need to draw
 * that current at the read voltage, through its access transistor and its sinh I-V (the card's V₀ and on-resistance).
 * An ideal array then reads exactly what was programmed, and what remains in a read is the array's own doing: the
 * wires' IR drop and the unselected rows.
 */
record CellRead(double readVolts, double nonlinearityVolts, double accessOhms) {
    static CellRead of(DeviceCard card, double readVolts) {
        return new CellRead(readVolts, card.nonlinearityVolts(), card.cellType() == CellType.ONE_T_ONE_R ? card.accessOnOhms() : 0);
    }

    /** The current a lone cell of conductance G draws: I = G·V₀·sinh(Vm/V₀) with Vm = V − I·R_access (solved by bisection on I). */
    double current(double siemens) {
        double lo = 0, hi = readVolts / Math.max(accessOhms, 1e-300);
        hi = Math.min(hi, cellCurrent(siemens, readVolts));
        for (int k = 0; k < 64; k++) {
            double i = 0.5 * (lo + hi);
            if (cellCurrent(siemens, readVolts - i * accessOhms) > i) lo = i; else hi = i;
        }
        return 0.5 * (lo + hi);
    }

    /** The conductance whose lone cell draws {@code amps} (bisection: the current grows with G). */
    double siemens(double amps) {
        double lo = 0, hi = 1;
        while (current(hi) < amps && hi < 1e6) hi *= 2;
        for (int k = 0; k < 64; k++) {
            double g = 0.5 * (lo + hi);
            if (current(g) < amps) lo = g; else hi = g;
        }
        return 0.5 * (lo + hi);
    }

    private double cellCurrent(double siemens, double volts) {
        return Double.isInfinite(nonlinearityVolts) ? siemens * volts : siemens * nonlinearityVolts * Math.sinh(volts / nonlinearityVolts);
    }
}
