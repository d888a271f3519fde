package memcim.hdl.periphery;

import memcim.core.InputException;
import memcim.hdl.sim.Simulator;

/**
 * Java access to a simulated {@link ChipDigital}: load features, run an inference clock by clock with the
 * comparator answered by an {@link ArrayReadout}, read the results. The per-clock accessors
 * ({@link #wordLines()}, {@link #column()}, {@link #dacCode()}, {@link #setComparator}, {@link #step()}) are
 * what a lock-step co-simulation uses; they are pre-resolved handles, so a clock costs one simulator pass.
 */
public final class ChipSession {
    private final ChipDigital chip;
    private final Simulator sim;
    private final Simulator.Handle xWe, xAddr, xData, start, cmp, rst;
    private final Simulator.Handle wl, cols, layer, sample, dac, adcBusy, done, pred, up, ua, ue;

    /** A session on the interpreted simulator (no start-up cost). */
    public ChipSession(ChipDigital chip) { this(chip, Simulator.Engine.INTERPRETED); }

    /** A session on the given engine: {@link Simulator.Engine#COMPILED} for long runs (about 10x faster per cycle). */
    public ChipSession(ChipDigital chip, Simulator.Engine engine) {
        this.chip = chip;
        this.sim = new Simulator(chip, engine);
        xWe = sim.handle("x_we");
        xAddr = sim.handle("x_addr");
        xData = sim.handle("x_data");
        start = sim.handle("start");
        cmp = sim.handle("adc_cmp");
        rst = sim.handle("rst");
        wl = sim.handle("wl_drive");
        cols = sim.handle("col_sel");
        layer = sim.handle("layer");
        sample = sim.handle("sample");
        dac = sim.handle("dac");
        adcBusy = sim.handle("adc_busy");
        done = sim.handle("done");
        pred = sim.handle("pred");
        up = sim.handle("u_p");
        ua = sim.handle("u_a");
        ue = sim.handle("u_e");
        reset();
    }

    public Simulator simulator() { return sim; }
    public PeripheryConfig config() { return chip.config(); }

    public void reset() {
        rst.set(1);
        sim.step();
        rst.set(0);
    }

    /** Writes the input features (one per clock). */
    public void loadFeatures(int[] x) {
        PeripheryConfig c = chip.config();
        if (x.length != c.inputs()) throw new InputException("features", c.inputs() + " values", x.length + " values");
        for (int i = 0; i < x.length; i++) { // all checked before any is written
            if (x[i] < 0 || x[i] >= 1 << c.bits()) {
                throw new InputException("features[" + i + "]", "a value in 0.." + ((1 << c.bits()) - 1), Integer.toString(x[i]));
            }
        }
        xWe.set(1);
        for (int i = 0; i < x.length; i++) {
            xAddr.set(i);
            xData.set(x[i]);
            sim.step();
        }
        xWe.set(0);
    }

    /** Runs one inference on {@code x}; returns the outputs and the cycles from start to done. */
    public InferenceResult infer(int[] x, ArrayReadout readout) {
        loadFeatures(x);
        start.set(1);
        sim.step();
        start.set(0);
        long t0 = sim.cycle() - 1;
        long limit = 4 * config().timing().inferenceCycles() + 100; // a hung controller, not a slow one
        while (done.get() == 0) {
            if (adcBusy.get() != 0) {
                setComparator(readout.comparator(sample(), layer(), column(), wordLines(), dacCode()));
            }
            sim.step();
            if (sim.cycle() - t0 > limit) throw new IllegalStateException("chip did not finish within " + limit + " cycles");
        }
        InferenceResult r = new InferenceResult((int) pred.get(), (int) up.get(), (int) ua.get(),
                (int) ((ue.get() << 51) >> 51), sim.cycle() - t0);
        sim.step();
        return r;
    }

    // ---- per-clock access ----
    public long wordLines() { return wl.get(); }
    /** The column routed to the ADC, or -1 when none is. */
    public int column() {
        long c = cols.get();
        return c == 0 ? -1 : Long.numberOfTrailingZeros(c);
    }
    public int layer() { return (int) layer.get(); }
    public int sample() { return (int) sample.get(); }
    public int dacCode() { return (int) dac.get(); }
    public boolean adcBusy() { return adcBusy.get() != 0; }
    public void setComparator(boolean atOrAbove) { cmp.set(atOrAbove ? 1 : 0); }
    public void step() { sim.step(); }
    /** Clock edges since the session started. */
    public long cycle() { return sim.cycle(); }
}
