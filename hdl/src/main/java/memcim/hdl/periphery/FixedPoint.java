package memcim.hdl.periphery;

/**
 * The fixed-point formats of the uncertainty datapath, shared by the hardware builders and their Java
 * references: probabilities in Q8 (256 = 1.0), exponentials in Q8 indexed by a quantised logit distance,
 * entropy terms −p·ln p in Q8 nats.
 */
public final class FixedPoint {
    /** 1.0 in Q8. */
    public static final int ONE = 256;
    /** Entries of the exponential table (index saturates at the last). */
    public static final int EXP_ENTRIES = 64;
    /** Bits of an exponential table entry (values 0..256). */
    public static final int EXP_BITS = 9;
    /** Bits of a probability (0..256). */
    public static final int P_BITS = 9;
    /** Bits of an entropy term −p ln p (max 256/e ≈ 94). */
    public static final int PLOGP_BITS = 8;
    /** Bits of an entropy (sum over at most 16 classes, ln 16 in Q8 = 710). */
    public static final int H_BITS = 12;

    private FixedPoint() {}

    /** round(256·exp(−d·step)), step = stepMilli / 1000. */
    public static long[] expTable(int stepMilli) {
        long[] t = new long[EXP_ENTRIES];
        for (int d = 0; d < EXP_ENTRIES; d++) t[d] = Math.round(ONE * Math.exp(-d * stepMilli / 1000.0));
        return t;
    }

    /** round(256·(−q ln q)) for q = p/256, p in 0..511 (0 outside 1..256). */
    public static long[] plogpTable() {
        long[] t = new long[512];
        for (int p = 1; p <= ONE; p++) {
            double q = p / (double) ONE;
            t[p] = Math.round(ONE * -q * Math.log(q));
        }
        return t;
    }

    private static final long[] PLOGP = plogpTable();

    /** −p ln p in Q8 for a Q8 probability. */
    public static int plogp(int p) { return (int) PLOGP[p & 511]; }

    /** round(65536 / m): multiplying by it and shifting right 16 divides by the sample count m. */
    public static long reciprocal(int m) { return Math.round(65536.0 / m); }
}
