package memcim.hdl.sim;

import java.util.Arrays;

/**
 * The compiled design: a flat, levelised list of operations over an array of 64-bit value slots, built once.
 * Each operation reads slots written by earlier ones, so one pass in order settles all combinational logic.
 * Values are stored masked to their width (two's complement bits for signed values).
 */
final class Program {
    static final int NOT = 0, NEG = 1, AND_R = 2, OR_R = 3, XOR_R = 4, ADD = 5, SUB = 6, MUL = 7, AND = 8, OR = 9,
            XOR = 10, EQ = 11, NE = 12, LTU = 13, LEU = 14, GTU = 15, GEU = 16, LTS = 17, LES = 18, GTS = 19, GES = 20,
            SHL = 21, SHR = 22, SRA = 23, SHLV = 24, SHRV = 25, MUX = 26, CAT2 = 27, SLICE = 28, SEXT = 29, REPEAT = 30,
            MEMREAD = 31;

    int n;
    int[] code = new int[64];
    int[] dst = new int[64];
    int[] a = new int[64];
    int[] b = new int[64];
    int[] c = new int[64];
    /** Shift amount, slice low bit, or sign-extension shift. */
    int[] k = new int[64];
    long[] mask = new long[64];
    /** Repeat multiplier, operand mask of AND_R. */
    long[] imm = new long[64];

    void add(int op, int d, int x, int y, int z, int kk, long m, long im) {
        if (n == code.length) resize(n * 2);
        code[n] = op;
        dst[n] = d;
        a[n] = x;
        b[n] = y;
        c[n] = z;
        k[n] = kk;
        mask[n] = m;
        imm[n] = im;
        n++;
    }

    void trim() { resize(n); }

    private void resize(int len) {
        code = Arrays.copyOf(code, len);
        dst = Arrays.copyOf(dst, len);
        a = Arrays.copyOf(a, len);
        b = Arrays.copyOf(b, len);
        c = Arrays.copyOf(c, len);
        k = Arrays.copyOf(k, len);
        mask = Arrays.copyOf(mask, len);
        imm = Arrays.copyOf(imm, len);
    }

    /** One pass over all operations. */
    void run(long[] v, long[][] mems) {
        final int[] code = this.code, dst = this.dst, a = this.a, b = this.b, c = this.c, k = this.k;
        final long[] mask = this.mask, imm = this.imm;
        for (int i = 0, end = n; i < end; i++) {
            final long x = v[a[i]];
            final long r;
            switch (code[i]) {
                case NOT -> r = ~x & mask[i];
                case NEG -> r = -x & mask[i];
                case AND_R -> r = x == imm[i] ? 1 : 0;
                case OR_R -> r = x != 0 ? 1 : 0;
                case XOR_R -> r = Long.bitCount(x) & 1;
                case ADD -> r = (x + v[b[i]]) & mask[i];
                case SUB -> r = (x - v[b[i]]) & mask[i];
                case MUL -> r = (x * v[b[i]]) & mask[i];
                case AND -> r = x & v[b[i]];
                case OR -> r = x | v[b[i]];
                case XOR -> r = x ^ v[b[i]];
                case EQ -> r = x == v[b[i]] ? 1 : 0;
                case NE -> r = x != v[b[i]] ? 1 : 0;
                case LTU -> r = Long.compareUnsigned(x, v[b[i]]) < 0 ? 1 : 0;
                case LEU -> r = Long.compareUnsigned(x, v[b[i]]) <= 0 ? 1 : 0;
                case GTU -> r = Long.compareUnsigned(x, v[b[i]]) > 0 ? 1 : 0;
                case GEU -> r = Long.compareUnsigned(x, v[b[i]]) >= 0 ? 1 : 0;
                case LTS -> r = (x << k[i]) < (v[b[i]] << k[i]) ? 1 : 0;
                case LES -> r = (x << k[i]) <= (v[b[i]] << k[i]) ? 1 : 0;
                case GTS -> r = (x << k[i]) > (v[b[i]] << k[i]) ? 1 : 0;
                case GES -> r = (x << k[i]) >= (v[b[i]] << k[i]) ? 1 : 0;
                case SHL -> r = (x << k[i]) & mask[i];
                case SHR -> r = x >>> k[i];
                case SRA -> r = ((x << c[i]) >> (c[i] + k[i])) & mask[i];
                case SHLV -> {
                    long s = v[b[i]];
                    r = s >= 64 ? 0 : (x << s) & mask[i];
                }
                case SHRV -> {
                    long s = v[b[i]];
                    r = s >= 64 ? 0 : x >>> s;
                }
                case MUX -> r = x != 0 ? v[b[i]] : v[c[i]];
                case CAT2 -> r = (x << k[i]) | v[b[i]];
                case SLICE -> r = (x >>> k[i]) & mask[i];
                case SEXT -> r = ((x << k[i]) >> k[i]) & mask[i];
                case REPEAT -> r = (x * imm[i]) & mask[i];
                case MEMREAD -> r = mems[k[i]][(int) x];
                default -> throw new IllegalStateException("opcode " + code[i]);
            }
            v[dst[i]] = r;
        }
    }
}
