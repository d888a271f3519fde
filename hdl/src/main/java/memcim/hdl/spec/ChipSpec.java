package memcim.hdl.spec;

import java.nio.file.Path;
import java.util.Locale;
import memcim.core.InputException;
import memcim.core.Json;
import memcim.hdl.periphery.PeripheryConfig;

/**
 * Every parameter of a compute-in-memory chip, as one immutable tree that round-trips through JSON: what the
 * digital periphery is built from ({@link #periphery()}), what the arrays' decks and the co-simulation read.
 * {@link #validate(String)} checks each value, the hardware's limits among them, and names the offending parameter
 * by its JSON path; {@link #reference()} is the published Bayesian ECG chip (M = 50 samples on 75 arrays of 32×32
 * 1T1R).
 *
 * <p>It lives in the hdl module because the periphery is built from it and hdl is the lowest module that
 * needs it: cosim (and cli) depend on hdl, never the other way round.
 */
public record ChipSpec(
        String name,
        NetworkSpec network,
        ArraySpec array,
        ReadSpec read,
        AdcSpec adc,
        ClockSpec clock,
        DigitalSpec digital,
        String technology,
        String deviceCard,
        long seed) {

    /** The reference chip of the published work, with memcim's design choices where the paper is silent. */
    public static ChipSpec reference() {
        return new ChipSpec("reference",
                new NetworkSpec(32, 16, 9, 3, 50),
                new ArraySpec(32, 32, CellKind.ONE_T_ONE_R, 0.25, 0.05e-15, 1.2, 0.3e-15, WireModel.LUMPED, CellModel.CHORD),
                new ReadSpec(0.1, UnselectedLines.GROUND),
                new AdcSpec(10, FrontEnd.TRANSIMPEDANCE, 256e-6, 1.0, 1e4, 1e3, 1e-15, 1e3),
                new ClockSpec(100e6),
                new DigitalSpec(6, 4, 250),
                "cmos130", "hfox-1t1r", 1L);
    }

    public static ChipSpec preset(String presetName) {
        if ("reference".equals(presetName)) return reference();
        throw new InputException("--chip", "a preset name (reference) or a JSON file", "'" + presetName + "'");
    }

    /** Reads and validates a chip file. */
    public static ChipSpec load(Path file) {
        com.fasterxml.jackson.databind.JsonNode tree = Json.readTree(file);
        RecordKeys.check(file.toString(), tree, ChipSpec.class, "");
        return Json.bind(tree, ChipSpec.class, file.toString()).validate(file.toString());
    }

    /** Returns this spec, or throws an {@link InputException} naming the first bad parameter. */
    public ChipSpec validate(String source) {
        Check c = new Check(source);
        c.notBlank("name", name);
        // every section must be there before its own checks run
        String[] sections = {"network", "array", "read", "adc", "clock", "digital"};
        Object[] values = {network, array, read, adc, clock, digital};
        for (int k = 0; k < sections.length; k++) c.present(sections[k], values[k]);
        c.notBlank("technology", technology);
        c.notBlank("deviceCard", deviceCard);
        network.validate(c);
        array.validate(c);
        read.validate(c);
        adc.validate(c);
        clock.validate(c);
        // the softmax takes logits of at least 8 bits: the shift-add sum of adc.bits + activationBits + 2
        c.limit("adc.bits", adc.bits(), Math.max(2, 6 - network.activationBits()), 12, "hdl softmax: 8-bit logits");
        digital.validate(c, adc.bits(), network.activationBits());
        // the layers must fit the arrays: one sample of a layer occupies rows × (outputs × cells) cells
        int cells = ArraySpec.CELLS_PER_WEIGHT;
        c.limit("network.inputs", network.inputs(), 0, array.rows(), "array.rows");
        c.limit("network.hidden", network.hidden() * cells, 0, array.columns(), "2 cells per weight: array.columns");
        c.limit("network.outputs", network.outputs() * cells, 0, array.columns(), "2 cells per weight: array.columns");
        return this;
    }

    /** The digital periphery's parameters: the network's shape and bits, the ADC's resolution, the scalings. */
    public PeripheryConfig periphery() {
        return new PeripheryConfig(network.inputs(), network.hidden(), network.outputs(), network.samples(),
                network.activationBits(), adc.bits(), digital.reluShift(), digital.expShift(), digital.stepMilli());
    }

    /** Layer-2 blocks (hidden × outputs·cells) that share one array: stacked by rows, read one after another. */
    public int layer2BlocksPerArray() {
        int byRows = array.rows() / network.hidden();
        int byColumns = array.columns() / (network.outputs() * ArraySpec.CELLS_PER_WEIGHT);
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
                "  network   %d -> %d -> %d, %d-bit activations bit-serial, M = %d samples",
                "  arrays    %d of %dx%d %s (SPICE: %s wires, %s cells), %d cells per weight, wire %.3g ohm / %.3g F per segment,"
                        + " gate %.3g V / %.3g F per cell",
                "  read      V_read %.3g V bit-serial, unselected rows: %s",
                "  adc       %d-bit SAR, %s front end (op-amp gain %.3g), full scale %.3g A, V_ref %.3g V, "
                        + "comparator gain %.3g, C-DAC unit %.3g F",
                "  digital   reluShift %d, expShift %d, exp step %d/1000 nat",
                "  clock     %.4g Hz"),
                name, technology, deviceCard, seed,
                network.inputs(), network.hidden(), network.outputs(), network.activationBits(), network.samples(),
                arrayCount(), array.rows(), array.columns(), array.cell().key(), array.spiceWires().key(),
                array.spiceCells().key(), ArraySpec.CELLS_PER_WEIGHT,
                array.wireSegmentOhms(), array.wireSegmentFarads(), array.gateVolts(), array.gateFarads(),
                read.vReadVolts(), read.unselectedLines().key(),
                adc.bits(), adc.frontEnd().key(), adc.opAmpGain(), adc.fullScaleAmps(), adc.vRefVolts(),
                adc.comparatorGain(), adc.dacUnitFarads(),
                digital.reluShift(), digital.expShift(), digital.stepMilli(),
                clock.frequencyHertz());
    }

    /** Returns a copy with another number of samples M (accuracy-vs-M sweeps, quick tests). */
    public ChipSpec withSamples(int samples) {
        return new ChipSpec(name, network.withSamples(samples), array, read, adc, clock, digital, technology,
                deviceCard, seed);
    }

    public ChipSpec withAdc(AdcSpec newAdc) {
        return new ChipSpec(name, network, array, read, newAdc, clock, digital, technology, deviceCard, seed);
    }

    public ChipSpec withArray(ArraySpec newArray) {
        return new ChipSpec(name, network, newArray, read, adc, clock, digital, technology, deviceCard, seed);
    }

    /** Returns a copy with other datapath scalings (the cosim calibration's). */
    public ChipSpec withDigital(DigitalSpec scalings) {
        return new ChipSpec(name, network, array, read, adc, clock, scalings, technology, deviceCard, seed);
    }

    public ChipSpec withSeed(long newSeed) {
        return new ChipSpec(name, network, array, read, adc, clock, digital, technology, deviceCard, newSeed);
    }
}
