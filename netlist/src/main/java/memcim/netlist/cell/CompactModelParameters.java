package memcim.netlist.cell;

import memcim.core.InputException;
import memcim.device.CompactModelKeys;
import memcim.device.DeviceCard;

/**
 * The 1T1R compact-model parameters of a device card (names in {@link CompactModelKeys}, meaning in
 * docs/device.md), plus the card's conductance bounds and read nonlinearity. The state used by the SPICE
 * model is the normalised filament gap s = (gap − gapMin)/(gapMax − gapMin): 0 fully SET (onSiemens),
 * 1 fully RESET (offSiemens).
 */
public record CompactModelParameters(
        double offSiemens, double onSiemens, double nonlinearityVolts,
        double gapMinMeters, double gapMaxMeters,
        double setThresholdVolts, double resetThresholdVolts,
        double setRateMetersPerSecond, double resetRateMetersPerSecond,
        double nmosWidthMeters, double nmosLengthMeters, double nmosThresholdVolts,
        double nmosKpAmpsPerVoltSquared, double nmosLambdaPerVolt) {

    public static CompactModelParameters of(DeviceCard card) {
        var m = card.compactModel();
        String where = "device card " + card.name() + ": compactModel.";
        java.util.function.ToDoubleFunction<String> get = key -> {
            Double v = m.get(key);
            if (v == null || !Double.isFinite(v)) {
                throw new InputException(where + key, "a finite number", v == null ? "missing" : String.valueOf(v));
            }
            return v;
        };
        CompactModelParameters p = new CompactModelParameters(card.offSiemens(), card.onSiemens(), card.nonlinearityVolts(),
                get.applyAsDouble(CompactModelKeys.GAP_MIN_METERS), get.applyAsDouble(CompactModelKeys.GAP_MAX_METERS),
                get.applyAsDouble(CompactModelKeys.SET_THRESHOLD_VOLTS), get.applyAsDouble(CompactModelKeys.RESET_THRESHOLD_VOLTS),
                get.applyAsDouble(CompactModelKeys.SET_RATE_METERS_PER_SECOND),
                get.applyAsDouble(CompactModelKeys.RESET_RATE_METERS_PER_SECOND),
                get.applyAsDouble(CompactModelKeys.NMOS_WIDTH_METERS), get.applyAsDouble(CompactModelKeys.NMOS_LENGTH_METERS),
                get.applyAsDouble(CompactModelKeys.NMOS_THRESHOLD_VOLTS),
                get.applyAsDouble(CompactModelKeys.NMOS_KP_AMPS_PER_VOLT_SQUARED),
                get.applyAsDouble(CompactModelKeys.NMOS_LAMBDA_PER_VOLT));
        if (!(p.gapMaxMeters > p.gapMinMeters) || !(p.onSiemens > p.offSiemens) || !(p.offSiemens > 0)) {
            throw new InputException(where + "gapMaxMeters", "gapMax > gapMin and onSiemens > offSiemens > 0",
                    "gap " + p.gapMinMeters + ".." + p.gapMaxMeters + ", G " + p.offSiemens + ".." + p.onSiemens);
        }
        return p;
    }

    /** Conductance at normalised state s: on·(off/on)^s, i.e. on·exp(−(gap − gapMin)/g₀). */
    public double conductanceSiemens(double state) {
        return onSiemens * Math.exp(-state * logOnOff());
    }

    /** The normalised state that has conductance g (clamped to [0, 1]). */
    public double state(double conductanceSiemens) {
        double s = Math.log(onSiemens / conductanceSiemens) / logOnOff();
        return Math.min(1, Math.max(0, s));
    }

    /** ln(on/off): the exponent of the conductance over the whole gap range. */
    public double logOnOff() {
        return Math.log(onSiemens / offSiemens);
    }

    /** Rate of the normalised state for a SET overdrive of 1 (V = 2·Vset), per second. */
    public double setRatePerSecond() {
        return setRateMetersPerSecond / (gapMaxMeters - gapMinMeters);
    }

    public double resetRatePerSecond() {
        return resetRateMetersPerSecond / (gapMaxMeters - gapMinMeters);
    }

    /** Saturation current of the access NMOS at a gate voltage (level 1, source at 0 V): the SET compliance. */
    public double complianceAmps(double gateVolts) {
        double ov = Math.max(0, gateVolts - nmosThresholdVolts);
        return nmosKpAmpsPerVoltSquared / 2 * nmosWidthMeters / nmosLengthMeters * ov * ov;
    }
}
