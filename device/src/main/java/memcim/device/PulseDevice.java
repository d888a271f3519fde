package memcim.device;

import java.io.Serializable;

/**
 * What one device of a pulsed technology drew at fabrication: its SET and RESET step sizes and its conductance bounds
 * relative to the card's nominal ones (device-to-device spread). {@link #NOMINAL} is the device of the card's figures.
 */
public record PulseDevice(double setScale, double resetScale, double minScale, double maxScale) implements Serializable {
    public static final PulseDevice NOMINAL = new PulseDevice(1, 1);

    /** A device with the nominal bounds. */
    public PulseDevice(double setScale, double resetScale) {
        this(setScale, resetScale, 1, 1);
    }
}
