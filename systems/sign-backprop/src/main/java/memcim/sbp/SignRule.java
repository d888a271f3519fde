package memcim.sbp;

import memcim.core.InputException;

/**
 * The sign-backpropagation rule, in weight units (one unit: a pair at the full device window). Forward: a hidden neuron's
 * bit is its comparator's, a > 0. Output error (two comparators per output against ±margin): δ = −1 for the label's
 * neuron while a &lt; margin, δ = +1 for another neuron while a &gt; −margin, 0 otherwise, a hinge that stops pulsing once
 * the label wins by the margin. Hidden error: e = Σₖ δₖ·wⱼₖ read through the output array transposed, made ternary by
 * a dead zone (δ = sign(e) when |e| &gt; deadZone) and gated by the step's straight-through derivative, 1 while
 * |a| &lt; window (a comparator pair on the forward current): a neuron far from its threshold would not flip, so
 * pulsing its inputs is wasted wear. Updates: {@code pulses} pulses per cell where an input bit meets δ ≠ 0.
 */
public record SignRule(double outputMargin, double hiddenWindow, double hiddenDeadZone, int pulses) {
    public SignRule {
        if (!(outputMargin >= 0) || Double.isInfinite(outputMargin)) throw new InputException("--margin", "a margin >= 0", String.valueOf(outputMargin));
        if (!(hiddenWindow > 0)) throw new InputException("--window", "a window > 0", String.valueOf(hiddenWindow));
        if (!(hiddenDeadZone >= 0) || Double.isInfinite(hiddenDeadZone))
            throw new InputException("--dead-zone", "a dead zone >= 0", String.valueOf(hiddenDeadZone));
        if (pulses < 1 || pulses > 100) throw new InputException("--pulses", "1 to 100 pulses per update", String.valueOf(pulses));
    }

    /** The ternary output error of neuron k given its current a and whether it is the label's. */
    public byte outputError(double a, boolean label) {
        if (label) return (byte) (a < outputMargin ? -1 : 0);
        return (byte) (a > -outputMargin ? 1 : 0);
    }

    /** The ternary hidden error from the back-propagated current e and the forward current a. */
    public byte hiddenError(double e, double a) {
        if (Math.abs(a) >= hiddenWindow) return 0;
        if (e > hiddenDeadZone) return 1;
        if (e < -hiddenDeadZone) return -1;
        return 0;
    }
}
