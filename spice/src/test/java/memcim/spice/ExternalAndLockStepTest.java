package memcim.spice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** EXTERNAL sources driven from Java and lock-step stops: the base of co-simulation. */
class ExternalAndLockStepTest {
    private static final String RC_EXTERNAL = """
            rc driven from Java
            Vin in 0 external
            R1 in out 1k
            C1 out 0 1n
            .tran 10n 5u
            .end
            """;
    private final NgSpice ng = NgSpice.shared();

    @AfterEach
    void noExternalSources() {
        ng.setExternalSources(null);
    }

    @Test
    void javaSineMatchesSpiceSin() {
        double amplitude = 0.5, frequency = 1e6;
        ng.loadCircuit(RC_EXTERNAL.replace("Vin in 0 external", "Vin in 0 sin(0 0.5 1meg)"));
        ng.run();
        double[] tRef = ng.realVector("time");
        double[] vRef = ng.realVector("v(out)");

        List<String> asked = new ArrayList<>();
        ng.setExternalSources((name, t) -> {
            if (asked.isEmpty()) asked.add(name);
            return amplitude * Math.sin(2 * Math.PI * frequency * t);
        });
        ng.loadCircuit(RC_EXTERNAL);
        ng.run();
        double[] t = ng.realVector("time");
        double[] v = ng.realVector("v(out)");
        assertEquals(List.of("vin"), asked);
        assertTrue(Math.abs(v[v.length / 2]) > 0.01, "the Java sine did not reach the circuit");
        double worst = 0;
        for (int i = 0; i < t.length; i++) worst = Math.max(worst, Math.abs(v[i] - interpolate(tRef, vRef, t[i])));
        assertTrue(worst < 1e-4, "Java sine vs SPICE SIN, max |dv| = " + worst);
    }

    @Test
    void externalCurrentSourceAndTimeDependence() {
        ng.setExternalSources(new ExternalSources() {
            @Override
            public double voltage(String name, double t) { return 0.0; }

            @Override
            public double current(String name, double t) { return name.equals("ibias") ? 1e-3 * (1 + t / 1e-6) : 0.0; }
        });
        ng.loadCircuit("""
                current from Java
                Ibias 0 out external
                R1 out 0 1k
                .tran 0.1u 2u
                """);
        ng.run();
        double[] t = ng.realVector("time");
        double[] v = ng.realVector("v(out)");
        for (int i = 0; i < t.length; i++) assertEquals(1.0 * (1 + t[i] / 1e-6), v[i], 1e-9, "at " + t[i]);
        assertEquals(3.0, v[v.length - 1], 1e-9);
    }

    @Test
    void aFailingJavaSourceIsReportedAfterTheRun() {
        ng.setExternalSources((name, t) -> {
            if (t > 1e-6) throw new IllegalStateException("model broke at " + t);
            return 1.0;
        });
        ng.loadCircuit(RC_EXTERNAL);
        SpiceRunException e = org.junit.jupiter.api.Assertions.assertThrows(SpiceRunException.class, ng::run);
        assertTrue(e.getCause() instanceof IllegalStateException, String.valueOf(e.getCause()));
        ng.setExternalSources((name, t) -> 1.0);
        ng.run(); // the engine is fine afterwards
    }

    @Test
    void lockStepStopsOnEveryInstantAndExchangesValues() {
        double tau = 1e-6;
        double[] instants = new double[10];
        for (int k = 0; k < instants.length; k++) instants[k] = (k + 1) * 0.5e-6;
        double[] level = {1.0};
        List<Double> levels = new ArrayList<>();
        List<Double> seenTimes = new ArrayList<>();
        List<Double> seenOut = new ArrayList<>();
        ng.setExternalSources((name, t) -> level[0]);
        ng.loadCircuit(RC_EXTERNAL.replace(".tran 10n 5u", ".tran 10n 5u uic"));
        // A toy digital model: at each edge, sample v(out) and drive the opposite of its comparator.
        int reached = ng.runLockStep(instants, (t, engine) -> {
            seenTimes.add(engine.latestValue("time"));
            double out = engine.latestValue("v(out)");
            seenOut.add(out);
            levels.add(level[0]);
            level[0] = out > 0.3 ? 0.0 : 1.0;
        });
        assertEquals(instants.length, reached);
        double[] time = ng.realVector("time");
        double[] vout = ng.realVector("v(out)");
        for (int k = 0; k < instants.length; k++) {
            assertEquals(instants[k], seenTimes.get(k), instants[k] * 1e-9, "listener saw data of another point");
            int at = indexOf(time, instants[k]);
            assertTrue(at >= 0, "no time point on " + instants[k]);
            assertEquals(vout[at], seenOut.get(k), 1e-12, "value handed to the listener at " + instants[k]);
        }
        // The analog side obeyed the digital decisions: piecewise RC charging towards each level.
        double v = 0, prev = 0;
        for (int k = 0; k < instants.length; k++) {
            double dt = instants[k] - prev;
            v = levels.get(k) + (v - levels.get(k)) * Math.exp(-dt / tau);
            prev = instants[k];
            assertEquals(v, seenOut.get(k), 3e-3, "v(out) at " + instants[k]);
        }
        assertTrue(levels.contains(0.0) && levels.contains(1.0), "the model never toggled: " + levels);
    }

    @Test
    void aThousandUnevenInstantsAllBecomeTimePoints() {
        double[] instants = new double[1000];
        for (int k = 0; k < instants.length; k++) instants[k] = (k + 1) * 4.99e-9 * (1 + 0.3 * Math.sin(k) / (k + 1));
        for (int k = 1; k < instants.length; k++) assertTrue(instants[k] > instants[k - 1]);
        int[] calls = {0};
        double[] level = {0.0};
        ng.setExternalSources((name, t) -> level[0]);
        ng.loadCircuit(RC_EXTERNAL);
        // The transient as a command, stopping at 4 us: the instants after it are not reached.
        int reached = ng.runLockStep("tran 10n 4u", instants, (t, engine) -> {
            calls[0]++;
            level[0] = 1.0 - level[0];
        });
        int inside = 0;
        for (double t : instants) if (t <= 4e-6) inside++;
        assertEquals(inside, reached);
        assertEquals(inside, calls[0]);
        assertTrue(inside > 700 && inside < 1000, "instants up to 4 us: " + inside);
        reached = ng.runLockStep(instants, (t, engine) -> {
            calls[0]++;
            level[0] = 1.0 - level[0];
        });
        calls[0] -= inside;
        assertEquals(1000, reached);
        assertEquals(1000, calls[0]);
        double[] time = ng.realVector("time");
        for (double t : instants) assertTrue(indexOf(time, t) >= 0, "no time point on " + t);
        assertTrue(ng.lastWarnings().stream().noneMatch(w -> w.contains("lock-step")), ng.lastWarnings().toString());
    }

    private static int indexOf(double[] time, double t) {
        for (int i = 0; i < time.length; i++) if (Math.abs(time[i] - t) <= t * 1e-12) return i;
        return -1;
    }

    private static double interpolate(double[] x, double[] y, double at) {
        int i = 0;
        while (i < x.length - 2 && x[i + 1] < at) i++;
        double f = (at - x[i]) / (x[i + 1] - x[i]);
        return y[i] + f * (y[i + 1] - y[i]);
    }
}
