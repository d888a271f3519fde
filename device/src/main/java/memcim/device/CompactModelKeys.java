package memcim.device;

import java.util.List;

/**
 * The names of the SPICE compact-model parameters of a 1T1R cell, as written in a card's {@code compactModel}
 * map and read by the netlist module's cell subcircuit. All SI. The conductance bounds of the memristor are not
 * repeated here: they are the card's {@code offSiemens} (gap at {@code gapMaxMeters}) and {@code onSiemens}
 * (gap at {@code gapMinMeters}), with G(gap) = onSiemens·exp(−(gap − gapMin)/g₀) and
 * g₀ = (gapMax − gapMin)/ln(on/off). The read I-V is I = G·V₀·sinh(V/V₀) with V₀ the card's
 * {@code nonlinearityVolts}. See docs/device.md for the state equations.
 */
public final class CompactModelKeys {
    /** Smallest filament gap (fully SET, conductance onSiemens), metres. */
    public static final String GAP_MIN_METERS = "gapMinMeters";
    /** Largest filament gap (fully RESET, conductance offSiemens), metres. */
    public static final String GAP_MAX_METERS = "gapMaxMeters";
    /** Cell voltage above which the gap shrinks (SET), volts, positive. */
    public static final String SET_THRESHOLD_VOLTS = "setThresholdVolts";
    /** Magnitude of the negative cell voltage beyond which the gap grows (RESET), volts, positive. */
    public static final String RESET_THRESHOLD_VOLTS = "resetThresholdVolts";
    /** d(gap)/dt = −setRate·(V/Vset − 1) above the SET threshold, metres per second. */
    public static final String SET_RATE_METERS_PER_SECOND = "setRateMetersPerSecond";
    /** d(gap)/dt = +resetRate·(−V/Vreset − 1) beyond the RESET threshold, metres per second. */
    public static final String RESET_RATE_METERS_PER_SECOND = "resetRateMetersPerSecond";
    /** Access NMOS channel width, metres. */
    public static final String NMOS_WIDTH_METERS = "nmosWidthMeters";
    /** Access NMOS channel length, metres. */
    public static final String NMOS_LENGTH_METERS = "nmosLengthMeters";
    /** Access NMOS threshold voltage (level-1 VTO), volts. */
    public static final String NMOS_THRESHOLD_VOLTS = "nmosThresholdVolts";
    /** Access NMOS process transconductance µ·Cox (level-1 KP), A/V². */
    public static final String NMOS_KP_AMPS_PER_VOLT_SQUARED = "nmosKpAmpsPerVoltSquared";
    /** Access NMOS channel-length modulation (level-1 LAMBDA), 1/V; may be 0. */
    public static final String NMOS_LAMBDA_PER_VOLT = "nmosLambdaPerVolt";

    /** Every key a card must give, in documentation order. */
    public static final List<String> ALL = List.of(GAP_MIN_METERS, GAP_MAX_METERS, SET_THRESHOLD_VOLTS,
            RESET_THRESHOLD_VOLTS, SET_RATE_METERS_PER_SECOND, RESET_RATE_METERS_PER_SECOND, NMOS_WIDTH_METERS,
            NMOS_LENGTH_METERS, NMOS_THRESHOLD_VOLTS, NMOS_KP_AMPS_PER_VOLT_SQUARED, NMOS_LAMBDA_PER_VOLT);

    private CompactModelKeys() {}
}
