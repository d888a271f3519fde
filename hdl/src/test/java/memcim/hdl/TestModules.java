package memcim.hdl;

/** Small modules for tests. */
public final class TestModules {
    private TestModules() {}

    public static Module constructs() { return new ConstructsModule(); }

    public static Module asyncCounter(int width) { return new AsyncCounter(width); }

    /** Two asynchronous-reset counters of different widths. */
    public static Module wrapper() { return new Wrapper(); }

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
