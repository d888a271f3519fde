package memcim.hdl.sim;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import memcim.core.InputException;
import memcim.hdl.Expr;
import memcim.hdl.Instance;
import memcim.hdl.InstanceOutput;
import memcim.hdl.Memory;
import memcim.hdl.Module;
import memcim.hdl.Names;
import memcim.hdl.Op;
import memcim.hdl.Port;
import memcim.hdl.Reg;
import memcim.hdl.Signal;
import memcim.hdl.Wire;

/**
 * Flattens a hierarchy into a {@link Program}. Nets are aliases of the slot of their driver (a wire costs
 * nothing), instance inputs alias the connected expression of the parent; registers and top-level inputs own
 * their slots. Expressions are compiled on demand, operands first, so the operation list comes out levelised.
 */
final class Compiler {
    /** One instance of a module in the flattened design. */
    static final class Scope {
        final Module module;
        final String path;
        final Scope parent;
        final Instance instance;
        final Map<Expr, Integer> slots = new IdentityHashMap<>();
        final Map<Instance, Scope> children = new LinkedHashMap<>(); // declaration order: deterministic names and slots
        final Map<Memory, Integer> memories = new IdentityHashMap<>();

        Scope(Module module, String path, Scope parent, Instance instance) {
            this.module = module;
            this.path = path;
            this.parent = parent;
            this.instance = instance;
        }
    }

    /** A register's state slot, next-value slot and reset. */
    record RegSlot(int slot, int next, long resetValue, Reg.Reset reset) {}

    /** A memory write port's slots. */
    record WriteSlot(int memory, int address, int data, int enable) {}

    final Program program = new Program();
    final List<Long> initial = new ArrayList<>();
    final List<long[]> memoryContents = new ArrayList<>();
    final List<RegSlot> regs = new ArrayList<>();
    final List<WriteSlot> writes = new ArrayList<>();
    /** Hierarchical name (top-level ports without prefix, others {@code inst.sub.name}) to slot and width. */
    final Map<String, int[]> named = new LinkedHashMap<>();
    final Map<String, Integer> inputs = new LinkedHashMap<>();
    final Scope top;
    int resetSlot = -1;

    Compiler(Module topModule) {
        top = new Scope(topModule.elaborate(), "", null, null);
        for (Port p : topModule.ports()) {
            if (p.name().equals(Names.CLOCK) || p.direction() != Port.Direction.IN) continue;
            int s = newSlot(0);
            if (p.name().equals(Names.RESET)) {
                resetSlot = s;
                named.put(Names.RESET, new int[] {s, 1});
            } else {
                top.slots.put(topModule.signal(p.name()), s);
            }
            inputs.put(p.name(), s);
        }
        createScopes(top);
        build(top);
        program.trim();
    }

    private int newSlot(long value) {
        initial.add(value);
        return initial.size() - 1;
    }

    /** The whole scope tree and its memories first: compiling a net may reach into any instance. */
    private void createScopes(Scope s) {
        for (Memory m : s.module.memories()) {
            s.memories.put(m, memoryContents.size());
            memoryContents.add(m.init());
        }
        for (Instance i : s.module.instances()) {
            Scope child = new Scope(i.child(), s.path + i.name() + ".", s, i);
            s.children.put(i, child);
            createScopes(child);
        }
    }

    private void build(Scope s) {
        for (Reg r : s.module.regs()) slot(s, r);
        for (Reg r : s.module.regs()) {
            regs.add(new RegSlot(slot(s, r), slot(s, r.nextValue()), r.resetValue(), r.reset()));
        }
        for (Memory m : s.module.memories()) {
            for (Memory.WritePort w : m.writes()) {
                writes.add(new WriteSlot(s.memories.get(m), slot(s, w.address()), slot(s, w.data()), slot(s, w.enable())));
            }
        }
        for (Signal p : s.module.portSignals()) name(s, p);
        for (Wire w : s.module.wires()) name(s, w);
        for (Reg r : s.module.regs()) name(s, r);
        for (Scope c : s.children.values()) build(c);
    }

    private void name(Scope s, Signal sig) {
        named.put(s.path + sig.name(), new int[] {slot(s, sig), sig.width()});
    }

    /** The slot holding the value of {@code e} in scope {@code s}, compiling it if needed. */
    int slot(Scope s, Expr e) {
        Integer known = s.slots.get(e);
        if (known != null) return known;
        int r = compile(s, e);
        s.slots.put(e, r);
        return r;
    }

    private int compile(Scope s, Expr e) {
        if (e instanceof Signal sig) {
            return switch (sig.kind()) {
                case INPUT -> {
                    if (s.parent == null) throw new IllegalStateException("top input " + sig.name() + " has no slot");
                    yield slot(s.parent, s.instance.inputs().get(sig.name()));
                }
                case WIRE, OUTPUT -> slot(s, ((Wire) sig).driver());
                case REG -> newSlot(((Reg) sig).resetValue());
                case INSTANCE_OUTPUT -> {
                    InstanceOutput o = (InstanceOutput) sig;
                    Scope child = s.children.get(o.instance());
                    yield slot(child, o.instance().child().signal(o.port()));
                }
            };
        }
        long m = Expr.mask(e.width());
        switch (e.op()) {
            case CONST:
                return newSlot(e.constValue());
            case CAST:
                return slot(s, e.arg(0));
            case EXTEND:
                if (!e.arg(0).signed()) return slot(s, e.arg(0));
                return op(Program.SEXT, slot(s, e.arg(0)), 0, 0, 64 - e.arg(0).width(), m, 0);
            case CAT: {
                int acc = slot(s, e.arg(0));
                for (int i = 1; i < e.arity(); i++) {
                    Expr part = e.arg(i);
                    acc = op(Program.CAT2, acc, slot(s, part), 0, part.width(), 0, 0);
                }
                return acc;
            }
            case MEM_READ:
                return op(Program.MEMREAD, slot(s, e.arg(0)), 0, 0, s.memories.get(e.memory()), m, 0);
            default:
                break;
        }
        int a = slot(s, e.arg(0));
        int b = e.arity() > 1 ? slot(s, e.arg(1)) : 0;
        int c = e.arity() > 2 ? slot(s, e.arg(2)) : 0;
        int signShift = 64 - e.arg(0).width();
        boolean signed = e.arg(0).signed();
        return switch (e.op()) {
            case NOT -> op(Program.NOT, a, 0, 0, 0, m, 0);
            case NEG -> op(Program.NEG, a, 0, 0, 0, m, 0);
            case AND_REDUCE -> op(Program.AND_R, a, 0, 0, 0, 1, Expr.mask(e.arg(0).width()));
            case OR_REDUCE -> op(Program.OR_R, a, 0, 0, 0, 1, 0);
            case XOR_REDUCE -> op(Program.XOR_R, a, 0, 0, 0, 1, 0);
            case ADD -> op(Program.ADD, a, b, 0, 0, m, 0);
            case SUB -> op(Program.SUB, a, b, 0, 0, m, 0);
            case MUL -> op(Program.MUL, a, b, 0, 0, m, 0);
            case AND -> op(Program.AND, a, b, 0, 0, m, 0);
            case OR -> op(Program.OR, a, b, 0, 0, m, 0);
            case XOR -> op(Program.XOR, a, b, 0, 0, m, 0);
            case EQ -> op(Program.EQ, a, b, 0, 0, 1, 0);
            case NE -> op(Program.NE, a, b, 0, 0, 1, 0);
            case LT -> op(signed ? Program.LTS : Program.LTU, a, b, 0, signShift, 1, 0);
            case LE -> op(signed ? Program.LES : Program.LEU, a, b, 0, signShift, 1, 0);
            case GT -> op(signed ? Program.GTS : Program.GTU, a, b, 0, signShift, 1, 0);
            case GE -> op(signed ? Program.GES : Program.GEU, a, b, 0, signShift, 1, 0);
            case SHL -> op(Program.SHL, a, 0, 0, e.amount(), m, 0);
            case SHR -> op(Program.SHR, a, 0, 0, e.amount(), m, 0);
            case SRA -> op(Program.SRA, a, 0, signShift, e.amount(), m, 0);
            case SHL_VAR -> op(Program.SHLV, a, b, 0, 0, m, 0);
            case SHR_VAR -> op(Program.SHRV, a, b, 0, 0, m, 0);
            case MUX -> op(Program.MUX, a, b, c, 0, m, 0);
            case SLICE -> op(Program.SLICE, a, 0, 0, e.lo(), m, 0);
            case REPEAT -> op(Program.REPEAT, a, 0, 0, 0, m, repeatPattern(e.arg(0).width(), e.amount()));
            default -> throw new InputException("expression " + e.describe(), "a simulable operator", e.op().name());
        };
    }

    private static long repeatPattern(int width, int times) {
        long p = 0;
        for (int i = 0; i < times; i++) p |= 1L << (i * width);
        return p;
    }

    private int op(int code, int a, int b, int c, int k, long mask, long imm) {
        int d = newSlot(0);
        program.add(code, d, a, b, c, k, mask, imm);
        return d;
    }
}
