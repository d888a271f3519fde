package memcim.data.ecg;

/**
 * One Gaussian event of the ECGSYN model (McSharry et al. 2003): a wave (P, Q, R, S, T, a pacing spike,
 * a notch) centred at phase {@code thetaRad} of the limit cycle (R peak at 0), with forcing amplitude
 * {@code a} and angular width {@code bRad}. The rendered amplitude is about a·b²/(2π) (before scaling
 * to millivolts), which is why narrow events need large {@code a}.
 */
public record WaveEvent(double thetaRad, double a, double bRad, Kind kind) {
    /** How heart rate rescales the event (ECGSYN: P and T angles by (hr/60)^¼, Q and S by (hr/60)^½). */
    public enum Kind { ATRIAL, QRS, REPOLARISATION, FIXED }

    public static WaveEvent deg(double thetaDeg, double a, double bRad, Kind kind) {
        return new WaveEvent(Math.toRadians(thetaDeg), a, bRad, kind);
    }

    /** This event at heart-rate factor {@code hrFactor} = √(hr/60), with amplitude multiplied by {@code gain}. */
    WaveEvent atRate(double hrFactor, double gain) {
        double theta = switch (kind) {
            case ATRIAL, REPOLARISATION -> thetaRad * Math.sqrt(hrFactor);
            case QRS -> thetaRad * hrFactor;
            case FIXED -> thetaRad;
        };
        double b = kind == Kind.FIXED ? bRad : bRad * hrFactor;
        return new WaveEvent(theta, a * gain, b, kind);
    }
}
