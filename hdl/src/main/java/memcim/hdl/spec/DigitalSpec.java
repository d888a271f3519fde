package memcim.hdl.spec;

import memcim.hdl.periphery.PeripheryConfig;

/**
 * The digital datapath's fixed-point scalings: the right shift of a layer-1 sum before its clipped ReLU, the right
 * shift of a logit distance before the exponential table, and the table's step in thousandths of a nat. The
 * reference spec carries nominal values; the cosim module calibrates them to a trained network.
 */
public record DigitalSpec(int reluShift, int expShift, int stepMilli) {
    void validate(Check c, int adcBits, int activationBits) {
        int accWidth = PeripheryConfig.accWidth(adcBits, activationBits);
        // ClippedRelu keeps activationBits of the shifted sum: shift ≤ accWidth − activationBits − 1
        c.limit("digital.reluShift", reluShift, 0, accWidth - activationBits - 1, "hdl clipped ReLU of the "
                + accWidth + "-bit sum");
        c.limit("digital.expShift", expShift, 0, accWidth - 1, "hdl softmax: below the " + accWidth + "-bit logit");
        c.limit("digital.stepMilli", stepMilli, 1, 8000, "hdl exponential table");
    }
}
