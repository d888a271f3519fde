package memcim.hdl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import memcim.core.InputException;

/**
 * A hardware module, described by a subclass's constructor with the builder methods below (ports, wires,
 * registers, memories, instances, FSMs). The same object is emitted as Verilog and simulated. The first use
 * (as an instance, by the emitter or the simulator) {@linkplain #elaborate() elaborates} it: the static checks
 * run and the module is frozen. A module with registers or written memories gets the implicit ports
 * {@code clk} and, if any register is reset, {@code rst} (active high), placed first.
 */
public abstract class Module {
    private final String name;
    private final String baseName;
    private final Params params;
    private final Map<String, Object> names = new LinkedHashMap<>();
    private final List<Signal> ports = new ArrayList<>();
    private final List<Wire> wires = new ArrayList<>();
    private final List<Reg> regs = new ArrayList<>();
    private final List<Memory> memories = new ArrayList<>();
    private final List<Instance> instances = new ArrayList<>();
    private final Map<String, Expr> labels = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private Map<String, Set<String>> combPaths;
    private boolean frozen;

    protected Module(String baseName, Params params) {
        this.baseName = baseName;
        this.params = params;
        this.name = Names.checkModule(params.moduleName(baseName));
    }

    protected Module(String baseName) { this(baseName, Params.of()); }

    /** The unique Verilog module name (base name plus parameters). */
    public final String name() { return name; }
    public final String baseName() { return baseName; }
    public final Params params() { return params; }

    // ---- builders ----
    protected final Input input(String name, int width) { return add(new Input(this, Names.check(this.name, name), width, false), ports); }
    protected final Input sinput(String name, int width) { return add(new Input(this, Names.check(this.name, name), width, true), ports); }
    protected final Output output(String name, int width) { return add(new Output(this, Names.check(this.name, name), width, false), ports); }
    protected final Output soutput(String name, int width) { return add(new Output(this, Names.check(this.name, name), width, true), ports); }
    protected final Wire wire(String name, int width) { return add(new Wire(this, Names.check(this.name, name), width, false), wires); }
    protected final Wire swire(String name, int width) { return add(new Wire(this, Names.check(this.name, name), width, true), wires); }

    /** A named net driven by {@code value} (its width and signedness). */
    protected final Wire wire(String name, Expr value) {
        Wire w = add(new Wire(this, Names.check(this.name, name), value.width(), value.signed()), wires);
        w.assign(value);
        return w;
    }

    protected final Reg reg(String name, int width) { return add(new Reg(this, Names.check(this.name, name), width, false), regs); }
    protected final Reg sreg(String name, int width) { return add(new Reg(this, Names.check(this.name, name), width, true), regs); }

    /** A register file of {@code depth} words, zero initially. */
    protected final Memory memory(String name, int width, int depth) {
        Memory m = new Memory(this, Names.check(this.name, name), width, depth, null, false);
        declare(name, m);
        memories.add(m);
        return m;
    }

    /** A ROM table; the depth is the contents' length rounded up to a power of two (zero-padded). */
    protected final Memory rom(String name, int width, long[] contents) {
        int depth = Math.max(2, Integer.highestOneBit(Math.max(1, contents.length - 1)) << 1);
        Memory m = new Memory(this, Names.check(this.name, name), width, depth, contents, true);
        declare(name, m);
        memories.add(m);
        return m;
    }

    /** An instance of {@code child} (elaborated now, so its ports are final). */
    protected final Instance instance(String name, Module child) {
        checkOpen(name);
        Names.check(this.name, name);
        child.elaborate();
        Instance inst = new Instance(this, name, child);
        declare(name, inst);
        for (InstanceOutput o : inst.outputs().values()) declare(o.name(), o);
        instances.add(inst);
        return inst;
    }

    /** A state machine whose register is {@code name}; the first state is the reset state. */
    protected final Fsm fsm(String name, String... states) { return new Fsm(this, name, states); }

    protected static Expr lit(long value, int width) { return Expr.lit(value, width); }
    protected static Expr slit(long value, int width) { return Expr.slit(value, width); }
    protected static Expr cat(Expr... parts) { return Expr.cat(parts); }
    protected static Expr mux(Expr sel, Expr ifOne, Expr ifZero) { return Expr.mux(sel, ifOne, ifZero); }

    Expr label(String label, long value, int width) {
        Names.check(name, label);
        Expr e = Expr.label(label, value, width);
        declare(label, e);
        labels.put(label, e);
        return e;
    }

    private <T extends Signal> T add(T s, List<? super T> list) {
        declare(s.name(), s);
        list.add(s);
        return s;
    }

    private void declare(String n, Object what) {
        checkOpen(n);
        if (names.containsKey(n)) {
            throw new InputException("module " + name + ": signal " + n, "a name used once in the module",
                    "a second declaration of '" + n + "'");
        }
        names.put(n, what);
    }

    void checkOpen(String what) {
        if (frozen) {
            throw new InputException("module " + name + ": signal " + what, "changes before the module is elaborated",
                    "a change after elaboration");
        }
    }

    void checkOwned(Expr e) {
        if (e.owner() != null && e.owner() != this) {
            throw new InputException("module " + name + ": expression " + e.describe(), "signals of module " + name,
                    "a signal of module " + e.owner().name());
        }
    }

    // ---- introspection ----
    /** Ports in order: implicit clk, rst, then the declared ones. */
    public final List<Port> ports() {
        List<Port> out = new ArrayList<>();
        if (sequential()) out.add(new Port(Names.CLOCK, Port.Direction.IN, 1, false));
        if (usesReset()) out.add(new Port(Names.RESET, Port.Direction.IN, 1, false));
        for (Signal s : ports) {
            out.add(new Port(s.name(), s instanceof Input ? Port.Direction.IN : Port.Direction.OUT, s.width(), s.signed()));
        }
        return out;
    }

    /** Declared (not implicit) port signals, in order. */
    public final List<Signal> portSignals() { return Collections.unmodifiableList(ports); }
    public final List<Wire> wires() { return Collections.unmodifiableList(wires); }
    public final List<Reg> regs() { return Collections.unmodifiableList(regs); }
    public final List<Memory> memories() { return Collections.unmodifiableList(memories); }
    public final List<Instance> instances() { return Collections.unmodifiableList(instances); }
    /** Named literals (FSM states) by name. */
    public final Map<String, Expr> labels() { return Collections.unmodifiableMap(labels); }
    /** Warnings of the static checks (unused inputs). */
    public final List<String> warnings() { return Collections.unmodifiableList(warnings); }

    /** A port, wire, register or instance output by name, or null. */
    public final Signal signal(String n) {
        Object o = names.get(n);
        return o instanceof Signal s ? s : null;
    }

    String inputNames() {
        List<String> n = new ArrayList<>();
        for (Signal s : ports) if (s instanceof Input) n.add(s.name());
        return String.join(", ", n);
    }

    public final boolean sequential() {
        if (!regs.isEmpty()) return true;
        for (Memory m : memories) if (!m.writes().isEmpty()) return true;
        for (Instance i : instances) if (i.child().sequential()) return true;
        return false;
    }

    public final boolean usesReset() {
        for (Reg r : regs) if (r.reset() != Reg.Reset.NONE) return true;
        for (Instance i : instances) if (i.child().usesReset()) return true;
        return false;
    }

    /** For each output, the inputs that reach it through logic only (no register): for loop checks in parents. */
    public final Map<String, Set<String>> combinationalPaths() {
        elaborate();
        return combPaths;
    }

    /** Runs the static checks once and freezes the module; returns it. */
    public final Module elaborate() {
        if (!frozen) {
            StaticChecks.run(this, warnings);
            frozen = true;
            combPaths = StaticChecks.combinationalPaths(this);
        }
        return this;
    }

    /** All distinct modules of the hierarchy below and including this one, children first (dependency order). */
    public final List<Module> hierarchy() {
        elaborate();
        Map<Module, Boolean> seen = new IdentityHashMap<>();
        List<Module> out = new ArrayList<>();
        collect(this, seen, out);
        return out;
    }

    private static void collect(Module m, Map<Module, Boolean> seen, List<Module> out) {
        if (seen.put(m, Boolean.TRUE) != null) return;
        for (Instance i : m.instances) collect(i.child(), seen, out);
        out.add(m);
    }

    /** Names of the distinct Verilog modules (deduplicated by name) of the hierarchy. */
    public final Set<String> moduleNames() {
        Set<String> n = new LinkedHashSet<>();
        for (Module m : hierarchy()) n.add(m.name());
        return n;
    }

    @Override
    public String toString() { return name; }
}
