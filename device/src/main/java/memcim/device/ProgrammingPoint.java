package memcim.device;

import java.io.Serializable;

/**
 * One measured programming condition of a device card: a SET at compliance current {@code complianceAmps}
 * (set by the access transistor's gate voltage {@code gateVolts}) gives a Gaussian conductance of median
 * {@code medianSiemens} and standard deviation {@code sigmaSiemens}, measured at the card's
 * {@code measurementSeconds} after programming. All SI.
 */
public record ProgrammingPoint(double complianceAmps, double gateVolts, double medianSiemens, double sigmaSiemens)
        implements Serializable {}
