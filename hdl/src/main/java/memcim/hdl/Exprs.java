package memcim.hdl;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Walks expression graphs (which share sub-expressions) visiting each node once. */
public final class Exprs {
    private Exprs() {}

    /** Calls {@code onSignal} for each signal directly referenced by {@code roots} (not looking through signals). */
    public static void signals(List<Expr> roots, Consumer<Signal> onSignal) {
        Map<Expr, Boolean> seen = new IdentityHashMap<>();
        List<Expr> stack = new ArrayList<>(roots);
        while (!stack.isEmpty()) {
            Expr e = stack.remove(stack.size() - 1);
            if (e == null || seen.put(e, Boolean.TRUE) != null) continue;
            if (e instanceof Signal s) {
                onSignal.accept(s);
                continue;
            }
            stack.addAll(e.args());
        }
    }

    /** Every expression a module's logic reads: drivers, register updates, memory ports, instance inputs. */
    public static List<Expr> roots(Module m) {
        List<Expr> roots = new ArrayList<>();
        for (Signal s : m.portSignals()) if (s instanceof Wire w) roots.add(w.driver());
        for (Wire w : m.wires()) roots.add(w.driver());
        for (Reg r : m.regs()) {
            for (Update u : r.updates()) {
                roots.add(u.value());
                roots.add(u.condition());
            }
            roots.add(r.enableExpr());
        }
        for (Memory mem : m.memories()) {
            for (Memory.WritePort w : mem.writes()) {
                roots.add(w.address());
                roots.add(w.data());
                roots.add(w.enable());
            }
        }
        for (Instance i : m.instances()) roots.addAll(i.inputs().values());
        roots.removeIf(e -> e == null);
        return roots;
    }
}
