package memcim.hdl;

/** Small modules for tests. */
public final class TestModules {
    private TestModules() {}

    public static Module constructs() { return new ConstructsModule(); }

    public static Module asyncCounter(int width) { return new AsyncCounter(width); }

    /** Two asynchronous-reset counters of different widths. */
    public static Module wrapper() { return new Wrapper(); }

    /** Operators applied to compound operands: what the emitter must name as temporaries to stay Verilog-2005. */
    public static Module compound() { return new Compound(); }

    static final class Compound extends Module {
        Compound() {
            super("compound");
            Input a = sinput("a", 8);
            Input b = sinput("b", 8);
            Input u = input("u", 8);
            Input n = input("n", 3);
            Output ext = soutput("ext", 12);
            Output sra = soutput("sra", 9);
            Output sl = output("sl", 4);
            Output shared = output("shared", 10);
            Output tab = output("tab", 6);
            Output vshift = output("vshift", 8);
            Output tr = soutput("tr", 5);
            Output cmp = output("cmp", 3);
            Output neg = soutput("neg", 8);
            Expr sum = a.plusCarry(b);                 // 9-bit signed, used four times below
            ext.assign(sum.resize(12));                // sign extension of a compound value
            sra.assign(sum.minus(3).shr(3));           // arithmetic shift of a compound value
            sl.assign(sum.bits(7, 4));                 // slice of a compound value
            Expr x = u.xor(lit(0x5A, 8));
            shared.assign(cat(x.bits(1, 0), x));       // one sub-expression, two parents
            long[] squares = new long[16];
            for (int i = 0; i < 16; i++) squares[i] = (i * i) & 63;
            tab.assign(rom("squares", 6, squares).read(u.plus(u.bits(3, 0).resize(8)).bits(3, 0)));
            vshift.assign(u.shr(n).or(u.shl(n)));
            tr.assign(sum.truncate(5));
            cmp.assign(cat(a.lt(b.negate()), sum.gt(slit(-100, 9)), u.le(200)));
            neg.assign(a.negate().minus(b).plus(-1));
        }
    }

    /** A counter with an asynchronous reset. */
    static final class AsyncCounter extends Module {
        AsyncCounter(int w) {
            super("async_counter", Params.of("W", w));
            Input en = input("en", 1);
            Output q = output("q", w);
            Reg c = reg("c", w).resetTo(1).asyncReset();
            c.next(c.plus(1).when(en));
            q.assign(c);
        }
    }

    static final class Wrapper extends Module {
        Wrapper() {
            super("wrapper");
            Input en = input("en", 1);
            Output q = output("q", 8);
            Output p = output("p", 4);
            Instance a = instance("u_a", new AsyncCounter(8)).in("en", en);
            Instance b = instance("u_b", new AsyncCounter(4)).in("en", en.not());
            q.assign(a.out("q"));
            p.assign(b.out("q"));
        }
    }
}
