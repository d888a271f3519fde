package memcim.device;

/**
 * Time-independent white noise, relative and absolute: σ = √((G·relativeSigma)² + absoluteSigmaSiemens²), the
 * spread of G·(1 + relativeSigma·n₁) + absoluteSigmaSiemens·n₂ for independent standard normal n₁, n₂.
 */
public record WhiteReadNoise(double relativeSigma, double absoluteSigmaSiemens) implements ReadNoiseModel {
    @Override
    public double sigmaSiemens(double siemensAtTime, double programmedSiemens, double seconds) {
        return Math.hypot(siemensAtTime * relativeSigma, absoluteSigmaSiemens);
    }

    @Override
    public void check(String where) {
        Checks.fraction(where + ".relativeSigma", relativeSigma);
        Checks.nonNegative(where + ".absoluteSigmaSiemens", absoluteSigmaSiemens);
        Checks.within(where + ".absoluteSigmaSiemens", absoluteSigmaSiemens, 0, CardValidator.MAX_SIEMENS, "siemens");
    }
}
