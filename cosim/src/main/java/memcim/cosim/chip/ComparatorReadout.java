package memcim.cosim.chip;

import java.util.HashMap;
import java.util.Map;
import memcim.hdl.periphery.ArrayReadout;
import memcim.hdl.periphery.SarAdcLogic;
import memcim.hdl.spec.ChipSpec;

/**
 * Answers the digital chip's ADC with an ideal comparator and DAC on the sensed column voltage (from the fast model
 * or ngspice), caching each read of a beat (the controller converts every column of a read phase in turn, G⁺ then
 * G⁻, with the same word lines). Counts conversions and the column currents they read, for the energy; can record
 * every conversion's code so two modes can be compared code by code.
 */
public final class ComparatorReadout implements ArrayReadout {
    /** One conversion's identity: which block, word lines and column. */
    public record Conversion(int sample, int layer, long wordLines, int column) {}

    private record Read(int sample, int layer, long wordLines) {}

    private final ChipSpec chip;
    private final ColumnSensing sensing;
    private final int msbTrial;
    private final Map<Read, double[]> reads = new HashMap<>();
    private Map<Conversion, Integer> codes;
    private long conversions;
    private double selectedAmps;
    private double arrayAmps;

    public ComparatorReadout(ChipSpec chip, ColumnSensing sensing) {
        this.chip = chip;
        this.sensing = sensing;
        this.msbTrial = 1 << (chip.adc().bits() - 1);
    }

    /** Starts recording the code of every conversion (see {@link #codes()}). */
    public ComparatorReadout recording() {
        codes = new HashMap<>();
        return this;
    }

    /** Forgets the cached reads (the next beat has other word lines). */
    public void newBeat() { reads.clear(); }

    public double[] sensed(int sample, int layer, long wordLines) {
        return reads.computeIfAbsent(new Read(sample, layer, wordLines), r -> sensing.sensedVolts(sample, layer, wordLines));
    }

    @Override
    public boolean comparator(int sample, int layer, int column, long wordLines, int dacCode) {
        double[] v = sensed(sample, layer, wordLines);
        if (dacCode == msbTrial) { // every conversion starts with the MSB-only trial, and only then shows it
            conversions++;
            double rf = chip.adc().transimpedanceOhms();
            selectedAmps += v[column] / rf;
            for (double x : v) arrayAmps += x / rf;
            if (codes != null) {
                codes.put(new Conversion(sample, layer, wordLines, column),
                        SarAdcLogic.convert(chip.adc().bits(), c -> v[column] >= chip.adc().dacVolts(c)));
            }
        }
        return v[column] >= chip.adc().dacVolts(dacCode);
    }

    public long conversions() { return conversions; }

    /** Σ over conversions of the converted column's current (amperes). */
    public double selectedAmps() { return selectedAmps; }

    /** Σ over conversions of all the array's column currents (every bit line is held at virtual ground). */
    public double arrayAmps() { return arrayAmps; }

    public Map<Conversion, Integer> codes() { return codes == null ? Map.of() : codes; }

    public ColumnSensing sensing() { return sensing; }
}
