package memcim.cosim.chip;

import memcim.hdl.spec.ChipSpec;
import memcim.hdl.spec.DigitalSpec;

/**
 * Sets the digital periphery's fixed-point scalings and the ADC's full scale from the trained network, so the
 * integer datapath computes what the network was trained for. A hidden code is clamp(rint(acc / 2^reluShift))
 * (nearest, ties to even, as in training) of the shift-add sum acc = I / LSB, and the network's is a / step with a = I / (γ·V_read): so
 * LSB = γ·V_read·step / 2^reluShift, the largest reluShift whose full scale (2^adcBits LSB) still holds the
 * largest column current of the chip. The softmax's logit distance (acc units, shifted by expShift) times
 * stepMilli/1000 must be nats: stepMilli = 1000·step·2^(expShift − reluShift), expShift chosen to keep about
 * 2^-3 nat resolution.
 */
public record DigitalCalibration(int reluShift, int expShift, int stepMilli, double lsbAmps, double fullScaleAmps,
                                 double largestColumnAmps) {

    public static DigitalCalibration of(ChipSpec chip, ChipArrays arrays, double gammaSiemens, double hiddenStep) {
        double vRead = chip.read().vReadVolts();
        double largest = 0;
        for (int a = 0; a < arrays.count(); a++) {
            double[][] g = arrays.conductanceSiemens(a);
            for (int j = 0; j < g[0].length; j++) {
                double col = 0;
                for (double[] row : g) col += row[j];
                largest = Math.max(largest, col * vRead);
            }
        }
        int bits = chip.adc().bits();
        double unit = gammaSiemens * vRead * hiddenStep; // amperes of one hidden step
        int reluShift = (int) Math.floor(bits + Math.log(unit / largest) / Math.log(2));
        reluShift = Math.max(0, reluShift);
        double lsb = unit / Math.pow(2, reluShift);
        int expShift = 0;
        double stepNats = hiddenStep / Math.pow(2, reluShift);
        while (stepNats * Math.pow(2, expShift) < 0.125 && expShift < 16) expShift++;
        int stepMilli = (int) Math.max(1, Math.min(8000, Math.round(1000 * stepNats * Math.pow(2, expShift))));
        return new DigitalCalibration(reluShift, expShift, stepMilli, lsb, lsb * (1 << bits), largest);
    }

    /** The chip calibrated: its ADC full scale and the datapath's scalings set, checked against the limits. */
    public ChipSpec apply(ChipSpec chip) {
        return chip.withAdc(chip.adc().withFullScaleAmps(fullScaleAmps))
                .withDigital(new DigitalSpec(reluShift, expShift, stepMilli)).validate("calibration of " + chip.name());
    }
}
