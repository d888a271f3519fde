package memcim.cosim.config;

import java.nio.file.Path;
import java.util.Locale;
import memcim.core.InputException;
import memcim.core.Json;

/**
 * Every parameter of a compute-in-memory chip, as one immutable tree that round-trips through JSON.
 * {@link #validate(String)} checks each value and names the offending parameter; {@link #reference()}
 * is the published Bayesian ECG chip (M = 50 samples on 75 arrays of 32×32 1T1R).
 */
public record ChipConfig(
        String name,
        NetworkShape network,
        ArrayGeometry array,
        ReadScheme read,
        AdcConfig adc,
        ClockConfig clock,
        String technology,
        String deviceCard,
        long seed) {

    /** The reference chip of the published work, with memcim's design choices where the paper is silent. */
    public static ChipConfig reference() {
        return new ChipConfig("reference",
                new NetworkShape(32, 16, 9, 3, 3, 50),
                new ArrayGeometry(32, 32, "1T1R", 2, 0.25, 0.05e-15, 1.2, 0.3e-15, "lumped", "chord"),
                new ReadScheme(0.1, "ground"),
                new AdcConfig(10, "transimpedance", 256e-6, 1.0, 1e4, 1e3, 1e-15, 1e3, 2),
                new ClockConfig(100e6),
                "cmos130", "hfox-1t1r", 1L);
    }

    /** Reads and validates a configuration file. */
    public static ChipConfig load(Path file) {
        RecordKeys.check(file.toString(), Json.readTree(file), ChipConfig.class, "");
        return Json.read(file, ChipConfig.class).validate(file.toString());
    }

    /** Returns this configuration, or throws an {@link InputException} naming the first bad parameter. */
    public ChipConfig validate(String source) {
        Check c = new Check(source);
        c.notBlank("name", name);
        c.present("network", network);
        c.present("array", array);
        c.present("read", read);
        c.present("adc", adc);
        c.present("clock", clock);
        c.notBlank("technology", technology);
        c.notBlank("deviceCard", deviceCard);
        network.validate(c);
        array.validate(c);
        read.validate(c);
        adc.validate(c);
        clock.validate(c);
        // the layers must fit the arrays: one sample of a layer occupies rows × (outputs × cells) cells
        c.atMost("network.inputs", network.inputs(), array.rows(), "array.rows");
        c.atMost("network.hidden", network.hidden(), array.rows(), "array.rows");
        c.atMost("network.hidden", network.hidden() * array.cellsPerWeight(), array.columns(),
                "array.columns / array.cellsPerWeight");
        c.atMost("network.outputs", network.outputs() * array.cellsPerWeight(), array.columns(),
                "array.columns / array.cellsPerWeight");
        return this;
    }

    /** Layer-2 blocks (hidden × outputs·cells) that share one array: stacked by rows, read one after another. */
    public int layer2BlocksPerArray() {
        int byRows = array.rows() / network.hidden();
        int byColumns = array.columns() / (network.outputs() * array.cellsPerWeight());
        return Math.max(1, byRows) * Math.max(1, byColumns);
    }

    /** Arrays of the whole chip: one layer-1 array per sample plus the shared layer-2 arrays (75 for M = 50). */
    public int arrayCount() {
        int m = network.samples();
        return m + (m + layer2BlocksPerArray() - 1) / layer2BlocksPerArray();
    }

    /** Clock period in seconds. */
    public double clockPeriodSeconds() { return 1.0 / clock.frequencyHertz(); }

    /** A readable multi-line summary (what {@code memcim cosim} and the report print). */
    public String describe() {
        return String.format(Locale.ROOT, String.join("\n",
                "chip %s (technology %s, device card %s, seed %d)",
                "  network   %d -> %d -> %d, inputs %d-bit bit-serial, hidden %d-bit, M = %d samples",
                "  arrays    %d of %dx%d %s (SPICE: %s wires, %s cells), %d cells per weight, wire %.3g ohm / %.3g F per segment,"
                        + " gate %.3g V / %.3g F per cell",
                "  read      V_read %.3g V bit-serial, unselected rows: %s",
                "  adc       %d-bit SAR, %s front end (op-amp gain %.3g), full scale %.3g A, V_ref %.3g V, "
                        + "comparator gain %.3g, C-DAC unit %.3g F, %d settle cycles",
                "  clock     %.4g Hz"),
                name, technology, deviceCard, seed,
                network.inputs(), network.hidden(), network.outputs(), network.inputBits(), network.hiddenBits(),
                network.samples(),
                arrayCount(), array.rows(), array.columns(), array.cell(), array.spiceModel(), array.spiceCells(),
                array.cellsPerWeight(),
                array.wireSegmentOhms(), array.wireSegmentFarads(), array.gateVolts(), array.gateFarads(),
                read.vReadVolts(), read.unselectedLines(),
                adc.bits(), adc.frontEnd(), adc.opAmpGain(), adc.fullScaleAmps(), adc.vRefVolts(),
                adc.comparatorGain(), adc.dacUnitFarads(), adc.settleCycles(),
                clock.frequencyHertz());
    }

    /** Returns a copy with another number of samples M (accuracy-vs-M sweeps, quick tests). */
    public ChipConfig withSamples(int samples) {
        return new ChipConfig(name, network.withSamples(samples), array, read, adc, clock, technology, deviceCard,
                seed);
    }

    /** Returns a copy with another ADC. */
    public ChipConfig withAdc(AdcConfig newAdc) {
        return new ChipConfig(name, network, array, read, newAdc, clock, technology, deviceCard, seed);
    }

    public ChipConfig withArray(ArrayGeometry newArray) {
        return new ChipConfig(name, network, newArray, read, adc, clock, technology, deviceCard, seed);
    }

    /** Returns a copy with another seed. */
    public ChipConfig withSeed(long newSeed) {
        return new ChipConfig(name, network, array, read, adc, clock, technology, deviceCard, newSeed);
    }

    public static ChipConfig preset(String presetName) {
        if ("reference".equals(presetName)) return reference();
        throw new InputException("--chip", "a preset name (reference) or a JSON file", "'" + presetName + "'");
    }
}
