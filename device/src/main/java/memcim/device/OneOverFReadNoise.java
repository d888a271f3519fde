package memcim.device;

/**
 * 1/f read noise of PCM, after Nandakumar et al. (ICECS 2019) as aihwkit's {@code PCMLikeNoiseModel} implements it:
 * a power spectral density S_G/G² = Q/f integrated over the band from 1/t to 1/(2·t_read) gives
 * σ(t) = G(t)·Q·√ln((t + t_read)/(2·t_read)), t the time since programming and t_read the read pulse width: the
 * longer since programming, the more low-frequency noise a read has accumulated. Q depends on the programmed
 * conductance: Q = min(qCoefficient/(G₀/G_max)^qExponent, qMax).
 *
 * @param gMaxSiemens      full-scale conductance G_max
 * @param qCoefficient     Q at G₀ = G_max
 * @param qExponent        how fast Q grows as G₀ falls
 * @param qMax             the largest Q (low conductances)
 * @param readPulseSeconds t_read, width of a read pulse
 */
public record OneOverFReadNoise(double gMaxSiemens, double qCoefficient, double qExponent, double qMax,
                                double readPulseSeconds) implements ReadNoiseModel {
    @Override
    public double sigmaSiemens(double siemensAtTime, double programmedSiemens, double seconds) {
        // an empty cell divides by zero: Q is then qMax, as for any conductance low enough
        double q = Math.min(qCoefficient / Math.pow(Math.abs(programmedSiemens) / gMaxSiemens, qExponent), qMax);
        double band = Math.log((seconds + readPulseSeconds) / (2 * readPulseSeconds));
        return Math.abs(siemensAtTime) * q * Math.sqrt(Math.max(0, band));
    }

    @Override
    public void check(String where) {
        Checks.positive(where + ".gMaxSiemens", gMaxSiemens);
        Checks.within(where + ".gMaxSiemens", gMaxSiemens, CardValidator.MIN_SIEMENS, CardValidator.MAX_SIEMENS, "siemens");
        Checks.nonNegative(where + ".qCoefficient", qCoefficient);
        Checks.nonNegative(where + ".qExponent", qExponent);
        Checks.fraction(where + ".qMax", qMax);
        Checks.positive(where + ".readPulseSeconds", readPulseSeconds);
    }
}
