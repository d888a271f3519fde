package memcim.cosim.kernel;

import java.util.List;

/**
 * What one array produced over a sequence of read phases: the ADC code of every column in every phase, the
 * energy of each phase, and (lock-step only) the waveform of column 0's conversion.
 */
public record ArrayRun(int[][] codes, List<PhaseEnergy> phaseEnergy, Waveforms waveforms) {
    /** Column 0's front-end output, DAC and comparator against time (volts), for plots. */
    public record Waveforms(double[] timeSeconds, double[] sensedVolts, double[] dacVolts, double[] comparatorVolts) {}

    public PhaseEnergy totalEnergy() {
        return phaseEnergy.stream().reduce(PhaseEnergy.ZERO, PhaseEnergy::plus);
    }
}
