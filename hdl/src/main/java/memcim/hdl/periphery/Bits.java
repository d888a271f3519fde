package memcim.hdl.periphery;

/** Small integer helpers for sizing periphery modules. */
final class Bits {
    private Bits() {}

    /** Bits needed to hold the values 0..n-1 (at least 1). */
    static int forCount(int n) { return Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1))); }

    /** Bits needed to hold the unsigned value v (at least 1). */
    static int forValue(long v) { return Math.max(1, 64 - Long.numberOfLeadingZeros(v)); }

    static void require(boolean ok, String where, String expected, Object found) {
        if (!ok) throw new memcim.core.InputException(where, expected, String.valueOf(found));
    }
}
