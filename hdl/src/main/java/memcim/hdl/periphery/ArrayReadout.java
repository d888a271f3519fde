package memcim.hdl.periphery;

/**
 * What the analog side answers to the chip's ADC: the comparator output for one column of one array set
 * while the given word lines are driven and the DAC shows {@code dacCode}. The co-simulation implements it
 * with SPICE (or the fast array model); tests with an integer array.
 */
@FunctionalInterface
public interface ArrayReadout {
    /**
     * @param sample    weight sample (array set)
     * @param layer     0 or 1
     * @param column    column 2·neuron (G⁺) or 2·neuron + 1 (G⁻)
     * @param wordLines driven word lines, bit i = row i
     * @param dacCode   the SAR trial word
     * @return true if the column's signal is at or above the DAC level
     */
    boolean comparator(int sample, int layer, int column, long wordLines, int dacCode);
}
