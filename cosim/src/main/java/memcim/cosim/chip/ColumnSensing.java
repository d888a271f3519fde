package memcim.cosim.chip;

/**
 * The analog response of one array read: the front-end output voltage of every column of the array holding
 * ({@code sample}, {@code layer}) while the word lines {@code wordLines} of that block are driven.
 */
public interface ColumnSensing {
    double[] sensedVolts(int sample, int layer, long wordLines);

    /** What this sensing is, for reports ("fast array model", "ngspice operating point"). */
    String describe();
}
