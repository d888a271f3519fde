package memcim.device;

import java.util.List;

/**
 * Programming error as a polynomial of the target relative to a full-scale conductance:
 * σ(G) = max(0, Σᵢ cᵢ·(G/G_max)ⁱ), as fitted to iteratively programmed PCM devices by Nandakumar et al.
 * (ICECS 2019; the form of aihwkit's {@code PCMLikeNoiseModel}). The coefficients are in siemens for this card's
 * G_max (a fit made at another G_max scales by the ratio of the two).
 *
 * @param gMaxSiemens              full-scale conductance G_max
 * @param sigmaCoefficientsSiemens c₀, c₁, ... in siemens, lowest order first
 */
public record PolynomialProgramming(double gMaxSiemens, List<Double> sigmaCoefficientsSiemens) implements ProgrammingModel {
    public PolynomialProgramming {
        sigmaCoefficientsSiemens = List.copyOf(sigmaCoefficientsSiemens);
    }

    @Override
    public double errorSigmaSiemens(double targetSiemens, ComplianceCurve sets) {
        double x = targetSiemens / gMaxSiemens, sigma = 0;
        // Horner's scheme, highest order first
        for (int i = sigmaCoefficientsSiemens.size() - 1; i >= 0; i--) sigma = sigma * x + sigmaCoefficientsSiemens.get(i);
        return Math.max(0, sigma);
    }

    @Override
    public void check(String where) {
        Checks.positive(where + ".gMaxSiemens", gMaxSiemens);
        Checks.within(where + ".gMaxSiemens", gMaxSiemens, CardValidator.MIN_SIEMENS, CardValidator.MAX_SIEMENS, "siemens");
        if (sigmaCoefficientsSiemens.isEmpty()) Checks.fail(where + ".sigmaCoefficientsSiemens", "at least one coefficient", "none");
        for (int i = 0; i < sigmaCoefficientsSiemens.size(); i++) {
            double c = sigmaCoefficientsSiemens.get(i);
            String field = where + ".sigmaCoefficientsSiemens[" + i + "]";
            Checks.finite(field, c);
            if (Math.abs(c) > CardValidator.MAX_SIEMENS) Checks.fail(field, "siemens (SI) of magnitude <= 1", Checks.fmt(c));
        }
    }
}
