package memcim.device;

import java.util.List;

/**
 * Checks a card's values: SI ranges (a conductance written in µS by mistake is caught), spreads positive,
 * programming points ordered, compact-model parameters complete; each stage checks its own parameters. Messages read
 * {@code card.json: programmingPoints[3].sigmaSiemens: expected > 0, found -1e-06}.
 */
final class CardValidator {
    /** Plausible SI bounds: far wider than any real device, narrow enough to catch a wrong unit. */
    static final double MIN_AMPS = 1e-9, MAX_AMPS = 0.1;
    static final double MIN_SIEMENS = 1e-12, MAX_SIEMENS = 1.0;

    private final String source;

    private CardValidator(String source) {
        this.source = source;
    }

    static void check(DeviceCard card, String source) {
        new CardValidator(source).checkCard(card);
    }

    private String at(String field) {
        return source + ": " + field;
    }

    private void fail(String field, String expected, Object found) {
        Checks.fail(at(field), expected, found);
    }

    private void positive(String field, double v) {
        Checks.positive(at(field), v);
    }

    private void nonNegative(String field, double v) {
        Checks.nonNegative(at(field), v);
    }

    private void finite(String field, double v) {
        Checks.finite(at(field), v);
    }

    private void within(String field, double v, double lo, double hi, String unit) {
        Checks.within(at(field), v, lo, hi, unit);
    }

    private static String fmt(double v) {
        return Checks.fmt(v);
    }

    private void checkCard(DeviceCard c) {
        if (c.name() == null || !c.name().matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            fail("name", "an identifier of letters, digits, '.', '_', '-'", c.name() == null ? "null" : "\"" + c.name() + "\"");
        }
        if (c.description() == null) fail("description", "a string", "null");
        if (c.cellType() == null) fail("cellType", "ONE_R or ONE_T_ONE_R", "null");
        positive("measurementSeconds", c.measurementSeconds());
        positive("offSiemens", c.offSiemens());
        within("offSiemens", c.offSiemens(), MIN_SIEMENS, MAX_SIEMENS, "siemens");
        positive("onSiemens", c.onSiemens());
        within("onSiemens", c.onSiemens(), MIN_SIEMENS, MAX_SIEMENS, "siemens");
        if (!(c.onSiemens() > c.offSiemens())) {
            fail("onSiemens", "> offSiemens (" + fmt(c.offSiemens()) + ")", fmt(c.onSiemens()));
        }
        checkPoints(c);
        if (c.sources() == null) fail("sources", "an array of strings", "null");
        checkProgramVerify(c.programVerify());
        checkConditions(c.programmingConditions());
        stage("programming", c.programming(), () -> c.programming().check(at("programming")));
        stage("drift", c.drift(), () -> c.drift().check(at("drift")));
        stage("readNoise", c.readNoise(), () -> c.readNoise().check(at("readNoise")));
        stage("pulses", c.pulses(), () -> c.pulses().check(at("pulses")));
        stage("dynamics", c.dynamics(), () -> c.dynamics().check(at("dynamics")));
        if (!(c.nonlinearityVolts() > 0)) {
            fail("nonlinearityVolts", "> 0 (V0 of I = G·V0·sinh(V/V0); \"Infinity\" for a linear cell)",
                    fmt(c.nonlinearityVolts()));
        }
        nonNegative("accessOnOhms", c.accessOnOhms());
        checkCompactModel(c);
    }

    private void checkPoints(DeviceCard c) {
        List<ProgrammingPoint> pts = c.programmingPoints();
        if (pts.size() < 2) fail("programmingPoints", "at least 2 points", pts.size() + " point(s)");
        for (int i = 0; i < pts.size(); i++) {
            ProgrammingPoint p = pts.get(i);
            String f = "programmingPoints[" + i + "].";
            positive(f + "complianceAmps", p.complianceAmps());
            within(f + "complianceAmps", p.complianceAmps(), MIN_AMPS, MAX_AMPS, "amperes");
            finite(f + "gateVolts", p.gateVolts());
            within(f + "gateVolts", p.gateVolts(), 0, 20, "volts");
            positive(f + "medianSiemens", p.medianSiemens());
            within(f + "medianSiemens", p.medianSiemens(), MIN_SIEMENS, MAX_SIEMENS, "siemens");
            if (!(p.medianSiemens() >= c.offSiemens() && p.medianSiemens() <= c.onSiemens())) {
                fail(f + "medianSiemens", "within [offSiemens, onSiemens] = [" + fmt(c.offSiemens()) + ", "
                        + fmt(c.onSiemens()) + "] S", fmt(p.medianSiemens()));
            }
            positive(f + "sigmaSiemens", p.sigmaSiemens());
            if (!(p.sigmaSiemens() < p.medianSiemens())) {
                fail(f + "sigmaSiemens", "< medianSiemens (" + fmt(p.medianSiemens()) + ")", fmt(p.sigmaSiemens()));
            }
            if (i > 0) {
                ProgrammingPoint q = pts.get(i - 1);
                if (!(p.complianceAmps() > q.complianceAmps())) {
                    fail(f + "complianceAmps", "> previous point's " + fmt(q.complianceAmps())
                            + " (points sorted by strictly increasing compliance)", fmt(p.complianceAmps()));
                }
                if (!(p.medianSiemens() > q.medianSiemens())) {
                    fail(f + "medianSiemens", "> previous point's " + fmt(q.medianSiemens())
                            + " (median conductance strictly increasing with compliance)", fmt(p.medianSiemens()));
                }
                if (p.gateVolts() < q.gateVolts()) {
                    fail(f + "gateVolts", ">= previous point's " + fmt(q.gateVolts())
                            + " (gate voltage non-decreasing with compliance)", fmt(p.gateVolts()));
                }
            }
        }
    }

    private void checkProgramVerify(ProgramVerifySpec v) {
        if (v == null) fail("programVerify", "an object", "null");
        if (v.maxTries() < 1 || v.maxTries() > 10_000) fail("programVerify.maxTries", "an integer in [1, 10000]", v.maxTries());
        nonNegative("programVerify.relaxationSigmaFraction", v.relaxationSigmaFraction());
        if (v.relaxationSigmaFraction() > 1) {
            fail("programVerify.relaxationSigmaFraction", "<= 1 (a fraction of the one-shot sigma)", fmt(v.relaxationSigmaFraction()));
        }
    }

    private void checkConditions(ProgrammingConditions p) {
        if (p == null) return; // not stated: programming is priced in pulses only
        within("programmingConditions.setVolts", p.setVolts(), 1e-3, 20, "volts");
        within("programmingConditions.setSeconds", p.setSeconds(), 1e-12, 1, "seconds");
        within("programmingConditions.resetVolts", p.resetVolts(), 1e-3, 20, "volts");
        within("programmingConditions.resetSeconds", p.resetSeconds(), 1e-12, 1, "seconds");
    }

    private void stage(String field, Object law, Runnable check) {
        if (law == null) fail(field, "an object with a \"law\"", "null");
        check.run();
    }

    private void checkCompactModel(DeviceCard c) {
        for (String k : CompactModelKeys.ALL) {
            Double v = c.compactModel().get(k);
            if (v == null) fail("compactModel." + k, "a value", "missing field");
            if (k.equals(CompactModelKeys.NMOS_LAMBDA_PER_VOLT)) nonNegative("compactModel." + k, v);
            else positive("compactModel." + k, v);
        }
        for (String k : c.compactModel().keySet()) {
            if (!CompactModelKeys.ALL.contains(k)) fail("compactModel." + k, "one of " + CompactModelKeys.ALL, "unknown key '" + k + "'");
        }
        double gMin = c.compactModel().get(CompactModelKeys.GAP_MIN_METERS);
        double gMax = c.compactModel().get(CompactModelKeys.GAP_MAX_METERS);
        within("compactModel." + CompactModelKeys.GAP_MAX_METERS, gMax, 0, 1e-6, "metres");
        if (!(gMax > gMin)) fail("compactModel." + CompactModelKeys.GAP_MAX_METERS, "> gapMinMeters (" + fmt(gMin) + ")", fmt(gMax));
    }
}
