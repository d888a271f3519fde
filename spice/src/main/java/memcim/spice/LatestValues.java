package memcim.spice;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The values of the latest accepted point, by vector name, filled from ngspice's data callback. */
final class LatestValues {
    private volatile boolean enabled;
    private String[] names = new String[0];
    private double[] values = new double[0];
    private final Map<String, Integer> index = new HashMap<>();

    synchronized void enable(boolean on) { enabled = on; }

    synchronized void init(Pointer info) {
        if (!enabled) { // reading every vector's name costs more than a small operating point
            names = new String[0];
            values = new double[0];
            index.clear();
            return;
        }
        // struct vecinfoall: name, title, date, type (char* x4), int veccount @32, vecinfo** vecs @40;
        // struct vecinfo: int number @0, char* vecname @8.
        int count = info.getInt(32);
        Pointer vecs = info.getPointer(40);
        names = new String[count];
        values = new double[count];
        index.clear();
        for (int i = 0; i < count; i++) {
            Pointer vi = vecs.getPointer((long) i * Native.POINTER_SIZE);
            names[i] = vi.getPointer(8).getString(0);
            index.put(names[i].toLowerCase(Locale.ROOT), i);
        }
    }

    void data(Pointer all) {
        if (!enabled) return; // the common case costs one volatile read per time point
        synchronized (this) {
            // struct vecvaluesall: int veccount @0, int vecindex @4, vecvalues** vecsa @8;
            // struct vecvalues: char* name @0, double creal @8, double cimag @16.
            int count = Math.min(all.getInt(0), values.length);
            Pointer vecsa = all.getPointer(8);
            for (int i = 0; i < count; i++) {
                values[i] = vecsa.getPointer((long) i * Native.POINTER_SIZE).getDouble(8);
            }
        }
    }

    synchronized Double get(String name) {
        for (String candidate : SpiceNames.aliases(name)) {
            Integer i = index.get(candidate);
            if (i != null) return values[i];
        }
        return null;
    }

    synchronized List<String> names() { return List.of(names); }
}
