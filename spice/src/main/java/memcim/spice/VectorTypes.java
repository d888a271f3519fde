package memcim.spice;

import java.util.List;
import java.util.Locale;

/**
 * ngspice's vector types ({@code v_type}) and the names its raw files give them: the table of
 * ngspice 39's {@code frontend/typesdef.c}, in its order, so the number and the name agree.
 */
public final class VectorTypes {
    private static final List<String> NAMES = List.of(
            "notype", "time", "frequency", "voltage", "current", "voltage-density", "current-density",
            "voltage^2-density", "current^2-density", "voltage^2", "current^2", "pole", "zero", "s-param",
            "temp-sweep", "res-sweep", "impedance", "admittance", "power", "phase", "decibel", "capacitance",
            "charge", "temperature");

    public static final int TIME = 1;
    public static final int FREQUENCY = 2;
    public static final int VOLTAGE = 3;
    public static final int CURRENT = 4;

    private VectorTypes() {}

    /** The raw-file name of type {@code number} ("notype" for one ngspice does not name). */
    public static String name(int number) {
        return number >= 0 && number < NAMES.size() ? NAMES.get(number) : NAMES.get(0);
    }

    /** The number of a raw-file type name; "none" and unknown names (other simulators' own) are 0. */
    public static int number(String name) {
        int i = NAMES.indexOf(name.toLowerCase(Locale.ROOT));
        return Math.max(i, 0);
    }
}
