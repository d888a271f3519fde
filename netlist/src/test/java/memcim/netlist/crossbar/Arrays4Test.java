package memcim.netlist.crossbar;

import java.util.SplittableRandom;
import memcim.device.DeviceCard;
import memcim.device.DeviceModel;
import memcim.device.DevicePresets;
import memcim.device.array.CellType;
import memcim.device.array.CrossbarReadSpec;
import memcim.spice.NgSpice;

/** Shared fixtures of the crossbar tests: random arrays and one SPICE read through the binding. */
final class Arrays4Test {
    static final DeviceCard CARD = DevicePresets.load("hfox-1t1r");
    static final DeviceModel DEVICE = new DeviceModel(CARD);

    private Arrays4Test() {}

    /** A 1T1R array of the preset card, programmed at random, rows driven at random levels of 0..0.2 V. */
    static CrossbarReadSpec programmed(int n, double wireOhms, long seed) {
        double[][] g = ProgrammedConductances.random(DEVICE, n, n, seed);
        return new CrossbarReadSpec(n, n, g, randomVolts(n, seed), wireOhms, wireOhms, CellType.ONE_T_ONE_R,
                CARD.nonlinearityVolts(), CARD.accessOnOhms());
    }

    static double[] randomVolts(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed + 1000);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = 0.2 * rng.nextInt(4) / 3;
        return v;
    }

    /** Loads the deck in-process, runs its analysis, returns the column currents named by the sidecar. */
    static double[] spiceCurrents(CrossbarDeck deck) {
        NgSpice ng = NgSpice.shared();
        ng.loadCircuit(deck.text());
        if (!ng.lastWarnings().isEmpty()) throw new AssertionError("warnings on load: " + ng.lastWarnings());
        ng.run();
        double[] out = new double[deck.sidecar().cols()];
        for (int j = 0; j < out.length; j++) out[j] = ng.realVector(deck.sidecar().columnCurrentVectors().get(j))[0];
        ng.removeCircuits();
        return out;
    }

    /** Runs {@code ngspice -b deck}; fails unless it exits with status 0; returns what it printed. */
    static String runBatch(java.nio.file.Path deck) {
        try {
            Process p = new ProcessBuilder("ngspice", "-b", deck.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) throw new AssertionError("ngspice -b " + deck + " failed:\n" + out);
            return out;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Largest difference as a percentage of the full-scale current (largest ideal all-rows-on column current). */
    static double maxErrorPercentOfFullScale(double[] a, double[] b, CrossbarReadSpec spec) {
        double fullScale = 0;
        for (int j = 0; j < spec.cols(); j++) {
            double s = 0;
            for (int i = 0; i < spec.rows(); i++) s += spec.conductance(i, j) * 0.2;
            fullScale = Math.max(fullScale, s);
        }
        double worst = 0;
        for (int j = 0; j < a.length; j++) worst = Math.max(worst, Math.abs(a[j] - b[j]));
        return 100 * worst / fullScale;
    }
}
