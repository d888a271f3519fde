package memcim.hdl.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import memcim.core.InputException;
import memcim.hdl.Expr;
import memcim.hdl.Module;
import memcim.hdl.Names;
import memcim.hdl.Reg;

/**
 * Cycle-accurate two-state simulator of a module hierarchy, running the very objects the Verilog is emitted
 * from. Inputs are {@linkplain #poke poked}, values {@linkplain #peek peeked} (combinational logic settles
 * lazily), and {@link #step} is one rising edge of the single clock. The design is compiled once into a flat
 * levelised program over a {@code long[]} of slots; a step allocates nothing. Registers start at their reset
 * values and memories at their init contents; {@code rst} (if the design has one) is an ordinary input.
 *
 * <p>Names: top-level ports by their name, anything inside by its hierarchical path
 * ({@code u_adc.state}). {@link #handle} gives a pre-resolved accessor for tight loops (co-simulation).
 */
public final class Simulator {
    /**
     * How the settled logic is evaluated: an interpreter over the operation arrays (no start-up cost), or the
     * operations compiled to Java bytecode through the JDK's compiler (about a second to start, several
     * times faster per cycle: for long runs).
     */
    public enum Engine { INTERPRETED, COMPILED }

    private final Module top;
    private final Program program;
    private final BiConsumer<long[], long[][]> kernel;
    private final Engine engine;
    private final long[] v;
    private final long[][] mems;
    private final int[] regSlot;
    private final int[] regNext;
    private final long[] regReset;
    /** Registers without reset keep their value while rst is high. */
    private final boolean[] noReset;
    private final long[] regTemp;
    private final int[] asyncSlot;
    private final long[] asyncValue;
    private final int[] wMem, wAddr, wData, wEn;
    private final Map<String, int[]> named;
    private final Map<String, Integer> inputs;
    private final int resetSlot;
    private boolean dirty = true;
    private long cycle;
    // toggle counting
    private boolean counting;
    private int[] countSlots;
    private String[] countNames;
    private long[] countPrev;
    private long[] countToggles;
    private VcdWriter vcd;

    public Simulator(Module top) { this(top, Engine.INTERPRETED); }

    public Simulator(Module top, Engine engine) {
        this.top = top;
        this.engine = engine;
        Compiler c = compileWithLargeStack(top);
        program = c.program;
        kernel = engine == Engine.COMPILED ? JavaKernel.compile(program) : program::run;
        v = new long[c.initial.size()];
        for (int i = 0; i < v.length; i++) v[i] = c.initial.get(i);
        mems = c.memoryContents.toArray(new long[0][]);
        int n = c.regs.size();
        regSlot = new int[n];
        regNext = new int[n];
        regReset = new long[n];
        regTemp = new long[n];
        noReset = new boolean[n];
        List<Integer> async = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Compiler.RegSlot r = c.regs.get(i);
            regSlot[i] = r.slot();
            regNext[i] = r.next();
            regReset[i] = r.resetValue();
            noReset[i] = r.reset() == Reg.Reset.NONE;
            if (r.reset() == Reg.Reset.ASYNC) async.add(i);
        }
        asyncSlot = new int[async.size()];
        asyncValue = new long[async.size()];
        for (int i = 0; i < async.size(); i++) {
            asyncSlot[i] = regSlot[async.get(i)];
            asyncValue[i] = regReset[async.get(i)];
        }
        int w = c.writes.size();
        wMem = new int[w];
        wAddr = new int[w];
        wData = new int[w];
        wEn = new int[w];
        for (int i = 0; i < w; i++) {
            Compiler.WriteSlot ws = c.writes.get(i);
            wMem[i] = ws.memory();
            wAddr[i] = ws.address();
            wData[i] = ws.data();
            wEn[i] = ws.enable();
        }
        named = c.named;
        inputs = c.inputs;
        resetSlot = c.resetSlot;
    }

    /** Compiling recurses along the logic depth; a private thread with a large stack keeps deep designs safe. */
    private static Compiler compileWithLargeStack(Module top) {
        Compiler[] out = new Compiler[1];
        RuntimeException[] err = new RuntimeException[1];
        Thread t = new Thread(null, () -> {
            try {
                out[0] = new Compiler(top);
            } catch (RuntimeException e) {
                err[0] = e;
            }
        }, "hdl-compile", 512L << 20);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling " + top.name(), e);
        }
        if (err[0] != null) throw err[0];
        return out[0];
    }

    public Module top() { return top; }
    public Engine engine() { return engine; }
    /** True when {@link Engine#COMPILED} can be used (the JVM is a JDK). */
    public static boolean compilerAvailable() { return JavaKernel.available(); }
    /** Clock edges simulated so far. */
    public long cycle() { return cycle; }
    /** Operations evaluated per settle (the size of the compiled program). */
    public int operations() { return program.n; }
    /** Names that can be peeked: ports, wires and registers of every instance. */
    public List<String> signalNames() { return List.copyOf(named.keySet()); }

    /** A pre-resolved port or signal, for loops that poke and peek every cycle. */
    public Handle handle(String name) {
        Integer in = inputs.get(name);
        if (in != null) return new Handle(this, in, Expr.mask(widthOf(name)), true);
        int[] s = named.get(name);
        if (s == null) throw unknown(name);
        return new Handle(this, s[0], Expr.mask(s[1]), false);
    }

    private int widthOf(String name) {
        if (name.equals(Names.RESET)) return 1;
        return top.signal(name).width();
    }

    private InputException unknown(String name) {
        return new InputException("simulator of " + top.name() + ": signal " + name,
                "a port or hierarchical signal name (inputs: " + inputs.keySet() + ")", "no such signal");
    }

    /** Sets a top-level input (the value is masked to the port width). */
    public void poke(String input, long value) {
        Integer slot = inputs.get(input);
        if (slot == null) throw new InputException("simulator of " + top.name() + ": input " + input,
                "one of the inputs " + inputs.keySet(), "no such input");
        v[slot] = value & Expr.mask(widthOf(input));
        dirty = true;
    }

    /** The current value (bits, unsigned) of a port or signal. */
    public long peek(String name) {
        int[] s = named.get(name);
        if (s == null) throw unknown(name);
        settle();
        return v[s[0]];
    }

    /** The current value of a port or signal read as two's complement. */
    public long peekSigned(String name) {
        int[] s = named.get(name);
        if (s == null) throw unknown(name);
        settle();
        int sh = 64 - s[1];
        return (v[s[0]] << sh) >> sh;
    }

    /** Settles the combinational logic for the current inputs and state. */
    public void settle() {
        if (!dirty) return;
        if (asyncSlot.length > 0 && resetSlot >= 0 && v[resetSlot] != 0) {
            for (int i = 0; i < asyncSlot.length; i++) v[asyncSlot[i]] = asyncValue[i];
        }
        kernel.accept(v, mems);
        dirty = false;
    }

    /** One rising clock edge. */
    public void step() {
        settle();
        if (vcd != null) vcd.sample(cycle * 10, false, v);
        boolean reset = resetSlot >= 0 && v[resetSlot] != 0;
        final long[] val = v;
        for (int i = 0; i < regSlot.length; i++) {
            regTemp[i] = reset && !noReset[i] ? regReset[i] : val[regNext[i]];
        }
        for (int i = 0; i < wMem.length; i++) {
            if (val[wEn[i]] != 0) mems[wMem[i]][(int) val[wAddr[i]]] = val[wData[i]];
        }
        for (int i = 0; i < regSlot.length; i++) val[regSlot[i]] = regTemp[i];
        dirty = true;
        settle();
        cycle++;
        if (counting) count();
        if (vcd != null) vcd.sample(cycle * 10 - 5, true, v);
    }

    public void step(long n) {
        for (long i = 0; i < n; i++) step();
    }

    /** Holds {@code rst} high for one edge, then low (no-op step if the design has no reset). */
    public void reset() {
        if (resetSlot >= 0) {
            v[resetSlot] = 1;
            dirty = true;
        }
        step();
        if (resetSlot >= 0) {
            v[resetSlot] = 0;
            dirty = true;
        }
    }

    // ---- toggle activity ----
    /** Starts counting bit toggles of every named signal at each edge (cheap: one XOR and popcount per slot). */
    public void countToggles() {
        settle();
        List<String> names = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        named.forEach((n, s) -> {
            names.add(n);
            slots.add(s[0]);
        });
        countNames = names.toArray(new String[0]);
        countSlots = slots.stream().mapToInt(Integer::intValue).toArray();
        countPrev = new long[countSlots.length];
        countToggles = new long[countSlots.length];
        for (int i = 0; i < countSlots.length; i++) countPrev[i] = v[countSlots[i]];
        counting = true;
    }

    private void count() {
        for (int i = 0; i < countSlots.length; i++) {
            long now = v[countSlots[i]];
            countToggles[i] += Long.bitCount(now ^ countPrev[i]);
            countPrev[i] = now;
        }
    }

    /** Bit toggles per named signal since {@link #countToggles()}, in name order of declaration. */
    public Map<String, Long> toggles() {
        Map<String, Long> out = new LinkedHashMap<>();
        if (countNames == null) return out;
        for (int i = 0; i < countNames.length; i++) out.put(countNames[i], countToggles[i]);
        return Collections.unmodifiableMap(out);
    }

    // ---- VCD ----
    void attach(VcdWriter w) {
        settle();
        vcd = w;
    }

    void detach() { vcd = null; }

    Map<String, int[]> namedSlots() { return named; }

    /** A pre-resolved signal. */
    public static final class Handle {
        private final Simulator sim;
        private final int slot;
        private final long mask;
        private final boolean input;

        Handle(Simulator sim, int slot, long mask, boolean input) {
            this.sim = sim;
            this.slot = slot;
            this.mask = mask;
            this.input = input;
        }

        public void set(long value) {
            if (!input) throw new InputException("simulator handle", "an input to poke", "an internal signal");
            sim.v[slot] = value & mask;
            sim.dirty = true;
        }

        public long get() {
            sim.settle();
            return sim.v[slot];
        }
    }
}
