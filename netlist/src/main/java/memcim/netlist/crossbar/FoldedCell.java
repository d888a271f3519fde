package memcim.netlist.crossbar;

/**
 * A whole read cell (access transistor and memristor) as one top-level element, for decks that fold the cell's
 * series parts themselves (the chip's decks: access on-resistance in series with a sinh memristor folded into one
 * sinh element, or the chord resistor of that element at V_read). Cell (i, j) becomes {@code RX<i>_<j>} or
 * {@code BX<i>_<j>} from its row node to its column node.
 */
public sealed interface FoldedCell {
    /** A resistor of {@code ohms}. */
    record Chord(double ohms) implements FoldedCell {
        public Chord {
            if (!(ohms > 0) || Double.isInfinite(ohms)) throw new IllegalArgumentException("a chord resistance > 0, got " + ohms);
        }
    }

    /** I = amps·sinh(V/volts): slope amps/volts at 0 V. */
    record Sinh(double amps, double volts) implements FoldedCell {
        public Sinh {
            if (!(amps >= 0) || !(volts > 0) || Double.isInfinite(amps) || Double.isInfinite(volts)) {
                throw new IllegalArgumentException("a sinh cell needs amps >= 0 and volts > 0, got " + amps + ", " + volts);
            }
        }
    }

    /** The folded element of a cell of programmed conductance {@code siemens}. */
    @FunctionalInterface
    interface Folding {
        FoldedCell of(double siemens);
    }
}
