package memcim.spice;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.util.ArrayList;
import java.util.List;

/** Reads ngspice's C data: NULL-terminated string arrays and {@code vector_info} structs. */
final class NativeMemory {
    // struct vector_info on LP64: char* v_name @0, int v_type @8, short v_flags @12,
    // double* v_realdata @16, ngcomplex_t* v_compdata @24, int v_length @32.
    private static final long V_NAME = 0, V_TYPE = 8, V_REAL = 16, V_COMP = 24, V_LENGTH = 32;

    private NativeMemory() {}

    /**
     * The values of an XSPICE event node: {@code evt_shared_data} is {evt_data** evt_dect @0,
     * int num_steps @8}; each {@code evt_data} is {int dcop @0, double step @8, char* node_value @16}.
     */
    static List<EventValue> eventValues(Pointer shared) {
        List<EventValue> out = new ArrayList<>();
        if (shared == null) return out;
        Pointer data = shared.getPointer(0);
        int steps = shared.getInt(8);
        for (int i = 0; i < steps && data != null; i++) {
            Pointer d = data.getPointer((long) i * Native.POINTER_SIZE);
            Pointer value = d.getPointer(16);
            out.add(new EventValue(d.getDouble(8), value == null ? "" : value.getString(0)));
        }
        return out;
    }

    static List<String> strings(Pointer array) {
        List<String> out = new ArrayList<>();
        if (array == null) return out;
        for (int i = 0; ; i++) {
            Pointer p = array.getPointer((long) i * Native.POINTER_SIZE);
            if (p == null) return out;
            out.add(p.getString(0));
        }
    }

    /**
     * Copies a vector out of ngspice's static {@code vector_info} in one pass (it is overwritten by the
     * next {@code ngGet_Vec_Info}; a JNA Structure would re-read it field by field on every access).
     */
    static SpiceVector vector(Pointer info, String requestedName) {
        Pointer namePtr = info.getPointer(V_NAME);
        String name = namePtr == null ? requestedName : namePtr.getString(0);
        int type = info.getInt(V_TYPE);
        int length = Math.max(0, info.getInt(V_LENGTH));
        Pointer real = info.getPointer(V_REAL);
        Pointer comp = info.getPointer(V_COMP);
        if (real != null) {
            return new SpiceVector(name, type, real.getDoubleArray(0, length), null);
        }
        double[] reIm = comp == null ? new double[0] : comp.getDoubleArray(0, 2 * length);
        return new SpiceVector(name, type, null, reIm);
    }
}
