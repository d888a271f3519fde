package memcim.hdl;

import java.util.Arrays;
import java.util.List;
import memcim.core.InputException;

/**
 * A combinational value of a fixed width (1..64 bits) and signedness. Operators build new nodes; nothing is
 * truncated silently: operands of different widths are extended losslessly (by their signedness), a
 * narrower result must be asked for ({@link #truncate}, {@link #bits}), and mixing signed with unsigned
 * operands is an error. {@link #plus}/{@link #minus} wrap at the wider operand's width (modular, as a
 * fixed-width adder does); {@link #plusCarry} keeps the carry; {@link #times} is full width.
 */
public abstract class Expr {
    public static final int MAX_WIDTH = 64;

    private final Op op;
    private final int width;
    private final boolean signed;
    private final Expr[] args;
    private final long value;
    private final int hi;
    private final int lo;
    private final Memory memory;
    private final Module owner;

    Expr(Op op, int width, boolean signed, Module owner, Expr[] args, long value, int hi, int lo, Memory memory) {
        this.op = op;
        this.width = width;
        this.signed = signed;
        this.args = args;
        this.value = value;
        this.hi = hi;
        this.lo = lo;
        this.memory = memory;
        this.owner = owner;
    }

    // ---- introspection (emitter, simulator, checks) ----
    public final Op op() { return op; }
    public final int width() { return width; }
    public final boolean signed() { return signed; }
    public final int arity() { return args.length; }
    public final Expr arg(int i) { return args[i]; }
    public final List<Expr> args() { return Arrays.asList(args); }
    /** The literal bits (masked to the width) of a {@link Op#CONST}. */
    public final long constValue() { return value; }
    /** Shift amount of SHL/SHR/SRA, count of REPEAT. */
    public final int amount() { return hi; }
    public final int hi() { return hi; }
    public final int lo() { return lo; }
    public final Memory memory() { return memory; }
    /** The module this expression belongs to; null for a literal. */
    public final Module owner() { return owner; }

    /** All-ones mask of a width. */
    public static long mask(int width) { return width >= 64 ? -1L : (1L << width) - 1; }

    // ---- literals ----
    /** An unsigned literal; the value must fit. */
    public static Expr lit(long value, int width) { return literal(value, width, false); }

    /** A signed (two's complement) literal; the value must fit. */
    public static Expr slit(long value, int width) { return literal(value, width, true); }

    static Expr literal(long value, int width, boolean signed) {
        checkWidth("literal " + value, width);
        boolean fits = signed
                ? width == 64 || (value >= -(1L << (width - 1)) && value < (1L << (width - 1)))
                : width == 64 || (value >= 0 && value < (1L << width));
        if (!fits) {
            throw new InputException("literal " + value, "a value that fits in " + width + (signed ? " signed" : " unsigned")
                    + " bits", Long.toString(value));
        }
        return new Node(Op.CONST, width, signed, null, new Expr[0], value & mask(width), 0, 0, null);
    }

    private Expr like(long v) { return literal(v, width, signed); }

    // ---- arithmetic and logic ----
    public Expr plus(Expr o) { return arith(Op.ADD, o, 0); }
    public Expr plus(long v) { return plus(like(v)); }
    public Expr minus(Expr o) { return arith(Op.SUB, o, 0); }
    public Expr minus(long v) { return minus(like(v)); }
    /** Sum one bit wider than the wider operand: never overflows. */
    public Expr plusCarry(Expr o) { return arith(Op.ADD, o, 1); }
    /** Difference one bit wider than the wider operand: never overflows (use signed operands for a signed result). */
    public Expr minusCarry(Expr o) { return arith(Op.SUB, o, 1); }
    /** Full product: width is the sum of the operand widths. */
    public Expr times(Expr o) {
        sameSign("*", o);
        int w = width + o.width;
        checkWidth(describe() + " * " + o.describe(), w);
        return node(Op.MUL, w, signed, resize(w), o.resize(w));
    }
    public Expr times(long v) { return times(like(v)); }
    public Expr and(Expr o) { return bitwise(Op.AND, o); }
    public Expr and(long v) { return and(like(v)); }
    public Expr or(Expr o) { return bitwise(Op.OR, o); }
    public Expr or(long v) { return or(like(v)); }
    public Expr xor(Expr o) { return bitwise(Op.XOR, o); }
    public Expr xor(long v) { return xor(like(v)); }
    public Expr not() { return node(Op.NOT, width, signed, this); }
    /** Two's complement negation at this width. */
    public Expr negate() { return node(Op.NEG, width, signed, this); }
    public Expr andReduce() { return node(Op.AND_REDUCE, 1, false, this); }
    public Expr orReduce() { return node(Op.OR_REDUCE, 1, false, this); }
    public Expr xorReduce() { return node(Op.XOR_REDUCE, 1, false, this); }

    // ---- comparisons (1-bit unsigned results) ----
    public Expr eq(Expr o) { return compare(Op.EQ, o); }
    public Expr eq(long v) { return eq(like(v)); }
    public Expr ne(Expr o) { return compare(Op.NE, o); }
    public Expr ne(long v) { return ne(like(v)); }
    public Expr lt(Expr o) { return compare(Op.LT, o); }
    public Expr lt(long v) { return lt(like(v)); }
    public Expr le(Expr o) { return compare(Op.LE, o); }
    public Expr le(long v) { return le(like(v)); }
    public Expr gt(Expr o) { return compare(Op.GT, o); }
    public Expr gt(long v) { return gt(like(v)); }
    public Expr ge(Expr o) { return compare(Op.GE, o); }
    public Expr ge(long v) { return ge(like(v)); }

    // ---- shifts (width unchanged) ----
    public Expr shl(int n) { return shift(Op.SHL, n); }
    /** Right shift by a constant: arithmetic for a signed value, logical for an unsigned one. */
    public Expr shr(int n) { return shift(signed ? Op.SRA : Op.SHR, n); }
    public Expr shl(Expr amount) { return shiftVar(Op.SHL_VAR, amount); }
    /** Logical right shift by a variable amount; only for unsigned values (see {@link #shr(int)}). */
    public Expr shr(Expr amount) {
        if (signed) throw error("variable right shift of " + describe(), "an unsigned value", "a signed one");
        return shiftVar(Op.SHR_VAR, amount);
    }

    // ---- selection and structure ----
    /** {@code this ? a : b}; this must be 1 bit, a and b of the same width and signedness. */
    public Expr select(Expr a, Expr b) {
        if (width != 1) throw error("mux select " + describe(), "1 bit", width + " bits");
        if (a.width != b.width || a.signed != b.signed) {
            throw error("mux " + describe() + " ? " + a.describe() + " : " + b.describe(),
                    "branches of equal width and signedness", widthText(a) + " and " + widthText(b));
        }
        return node(Op.MUX, a.width, a.signed, this, a, b);
    }
    public Expr select(Expr a, long b) { return select(a, a.like(b)); }
    public Expr select(long a, Expr b) { return select(b.like(a), b); }

    public static Expr mux(Expr sel, Expr ifOne, Expr ifZero) { return sel.select(ifOne, ifZero); }

    /** Bits [hi:lo] as an unsigned value. */
    public Expr bits(int hi, int lo) {
        if (lo < 0 || hi < lo || hi >= width) {
            throw error("slice " + describe() + "[" + hi + ":" + lo + "]", "0 <= lo <= hi < " + width, hi + ":" + lo);
        }
        if (lo == 0 && hi == width - 1 && !signed) return this;
        return node(Op.SLICE, hi - lo + 1, false, hi, lo, this);
    }
    public Expr bit(int i) { return bits(i, i); }
    /** The most significant bit. */
    public Expr msb() { return bit(width - 1); }

    /** Lossless extension to a wider (or equal) width, by this value's signedness. */
    public Expr resize(int w) {
        if (w == width) return this;
        if (w < width) {
            throw error("resize of " + describe(), "a width of at least " + width + " (use truncate to drop bits)",
                    Integer.toString(w));
        }
        checkWidth(describe(), w);
        return node(Op.EXTEND, w, signed, this);
    }
    /** Keeps the low {@code w} bits, keeping the signedness: the one explicit way to narrow a value. */
    public Expr truncate(int w) {
        if (w > width || w < 1) throw error("truncate of " + describe(), "1.." + width + " bits", Integer.toString(w));
        if (w == width) return this;
        Expr low = bits(w - 1, 0);
        return signed ? low.asSigned() : low;
    }
    public Expr asSigned() { return signed ? this : node(Op.CAST, width, true, this); }
    public Expr asUnsigned() { return !signed ? this : node(Op.CAST, width, false, this); }
    /** This value repeated n times (unsigned). */
    public Expr repeat(int n) {
        if (n < 1) throw error("repeat of " + describe(), "a count of at least 1", Integer.toString(n));
        checkWidth(describe() + " repeated", width * n);
        return node(Op.REPEAT, width * n, false, n, 0, this);
    }

    /** Concatenation, most significant part first (unsigned). */
    public static Expr cat(Expr... parts) {
        if (parts.length == 0) throw new InputException("concatenation", "at least one part", "none");
        if (parts.length == 1) return parts[0].asUnsigned();
        int w = 0;
        for (Expr p : parts) w += p.width;
        checkWidth("concatenation", w);
        return new Node(Op.CAT, w, false, ownerOf(parts), parts.clone(), 0, 0, 0, null);
    }

    /** A guarded update for {@link Reg#next(Update)}: load this value when {@code condition} is 1. */
    public Update when(Expr condition) {
        if (condition.width != 1) throw error("condition " + condition.describe(), "1 bit", condition.width + " bits");
        return new Update(this, condition);
    }

    // ---- helpers ----
    private Expr arith(Op op, Expr o, int extra) {
        sameSign(op == Op.ADD ? "+" : "-", o);
        int w = Math.max(width, o.width) + extra;
        checkWidth(describe() + (op == Op.ADD ? " + " : " - ") + o.describe(), w);
        return node(op, w, signed, resize(w), o.resize(w));
    }

    private Expr bitwise(Op op, Expr o) {
        sameSign(op.name().toLowerCase(), o);
        int w = Math.max(width, o.width);
        return node(op, w, signed, resize(w), o.resize(w));
    }

    private Expr compare(Op op, Expr o) {
        sameSign(op.name().toLowerCase(), o);
        int w = Math.max(width, o.width);
        return node(op, 1, false, resize(w), o.resize(w));
    }

    private Expr shift(Op op, int n) {
        if (n < 0 || n >= width) throw error("shift of " + describe(), "an amount in 0.." + (width - 1), Integer.toString(n));
        if (n == 0) return this;
        return node(op, width, signed, n, 0, this);
    }

    private Expr shiftVar(Op op, Expr amount) {
        if (amount.signed) throw error("shift amount " + amount.describe(), "an unsigned value", "a signed one");
        if (amount.width > 6) throw error("shift amount " + amount.describe(), "at most 6 bits", amount.width + " bits");
        return node(op, width, signed, this, amount);
    }

    private void sameSign(String what, Expr o) {
        if (signed != o.signed) {
            throw error("operator " + what + " on " + describe() + " and " + o.describe(),
                    "operands of the same signedness (use asSigned/asUnsigned)", widthText(this) + " and " + widthText(o));
        }
    }

    private Expr node(Op op, int w, boolean s, Expr... a) { return node(op, w, s, 0, 0, a); }

    private Expr node(Op op, int w, boolean s, int hi, int lo, Expr... a) {
        return new Node(op, w, s, ownerOf(a), a, 0, hi, lo, null);
    }

    static Module ownerOf(Expr... parts) {
        Module m = null;
        for (Expr p : parts) {
            if (p.owner == null) continue;
            if (m == null) m = p.owner;
            else if (m != p.owner) {
                throw new InputException("module " + m.name() + ": expression " + p.describe(),
                        "signals of module " + m.name(), "a signal of module " + p.owner.name());
            }
        }
        return m;
    }

    static String widthText(Expr e) { return e.width + "-bit " + (e.signed ? "signed" : "unsigned"); }

    static void checkWidth(String what, int w) {
        if (w < 1 || w > MAX_WIDTH) throw new InputException(what, "a width of 1.." + MAX_WIDTH + " bits", Integer.toString(w));
    }

    InputException error(String what, String expected, String found) {
        String where = owner == null ? what : "module " + owner.name() + ": " + what;
        return new InputException(where, expected, found);
    }

    /** A short Verilog-like rendering for error messages. */
    public String describe() { return Describe.of(this, 3); }

    @Override
    public String toString() { return describe(); }

    /** An operator node. */
    static final class Node extends Expr {
        Node(Op op, int width, boolean signed, Module owner, Expr[] args, long value, int hi, int lo, Memory memory) {
            super(op, width, signed, owner, args, value, hi, lo, memory);
        }
    }

    static Expr memRead(Memory m, Expr addr) {
        return new Node(Op.MEM_READ, m.width(), false, m.owner(), new Expr[] {addr}, 0, 0, 0, m);
    }

    /** A literal that the emitter prints by name (an FSM state, declared as a localparam). */
    static Expr label(String label, long value, int width) {
        Expr e = literal(value, width, false);
        return new Labelled(e.width(), e.constValue(), label);
    }

    /** The localparam name of a labelled literal, else null. */
    public String label() { return null; }

    static final class Labelled extends Expr {
        private final String label;
        Labelled(int width, long value, String label) {
            super(Op.CONST, width, false, null, new Expr[0], value, 0, 0, null);
            this.label = label;
        }
        @Override public String label() { return label; }
    }
}
