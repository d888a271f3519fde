package memcim.kinetics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import memcim.cosim.energy.TechnologyTable;
import memcim.data.ecg.BeatFeatures;
import org.junit.jupiter.api.Test;

/** The DFT front end's cost from yosys and the simulator, against hand counts and published orders of magnitude. */
class DigitalFrontEndTest {
    @Test
    void aBeatCostsWhatItsMultiplyAccumulatesAndBufferCost() {
        double[] beat = new double[BeatFeatures.WINDOW];
        // a QRS-like spike on a slow wave, in millivolts
        for (int n = 0; n < beat.length; n++) beat[n] = 0.2 * Math.sin(2 * Math.PI * n / 180.0) + Math.exp(-Math.pow((n - 90) / 6.0, 2));
        TechnologyTable tech = TechnologyTable.cmos130();
        DigitalFrontEnd d = DigitalFrontEnd.of(beat, tech);
        assertEquals(32 * 252 + 1, d.cycles(), "one bin per 252 cycles, plus the start edge");
        assertEquals(2 * 32 * 252, d.multiplyAccumulates());
        assertEquals(256 * 12, d.bufferFlipFlops(), "a 256-word buffer of 12-bit samples");
        assertTrue(d.flipFlops() > d.bufferFlipFlops(), "the buffer plus the accumulators and counters");
        assertEquals(d.cycles() / 100e6, d.seconds(), 1e-12, "at the reference chip's 100 MHz");
        // the buffer's clock is most of the ungated figure: 3,072 of the flip-flops, clocked on every cycle
        assertTrue(d.joules() > 5 * d.bufferGatedJoules(), d.toString());
        // a 12x10-bit multiply-accumulate in 130 nm costs picojoules (Horowitz, ISSCC 2014: ~1-4 pJ for 16-32-bit
        // integer MACs at 45 nm, several times that at 130 nm); the gated figure per MAC lands there
        double perMac = d.bufferGatedJoules() / d.multiplyAccumulates();
        assertTrue(perMac > 0.1e-12 && perMac < 20e-12, "energy per MAC " + perMac);
        assertTrue(d.switchingJoules() > 0 && d.leakageJoules() > 0);
    }
}
