package memcim.hdl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import memcim.core.InputException;

/**
 * The checks run when a module is elaborated. Width, signedness, multiple drivers and names are checked as
 * the module is built; here: undriven outputs and wires, unconnected instance inputs, combinational loops
 * (errors) and unused inputs (warnings).
 */
final class StaticChecks {
    private StaticChecks() {}

    static void run(Module m, List<String> warnings) {
        for (Signal s : m.portSignals()) {
            if (s instanceof Output o && o.driver() == null) {
                throw new InputException(o.where(), "a driver (assign) for the output", "an undriven output");
            }
        }
        for (Wire w : m.wires()) {
            if (w.driver() == null) throw new InputException(w.where(), "a driver (assign) for the wire", "an undriven wire");
        }
        for (Instance i : m.instances()) {
            for (Port p : i.child().ports()) {
                if (p.direction() == Port.Direction.IN && !p.name().equals(Names.CLOCK) && !p.name().equals(Names.RESET)
                        && !i.inputs().containsKey(p.name())) {
                    throw new InputException("module " + m.name() + ": instance " + i.name() + " port " + p.name(),
                            "a connection for every input of " + i.child().name(), "an unconnected input");
                }
            }
        }
        checkLoops(m);
        Set<Signal> used = new HashSet<>();
        Exprs.signals(Exprs.roots(m), used::add);
        for (Signal s : m.portSignals()) {
            if (s instanceof Input && !used.contains(s)) warnings.add("module " + m.name() + ": input " + s.name() + " is never used");
        }
    }

    /** The signals a net's value depends on without passing a register. */
    private static List<Signal> combinationalInputs(Signal s) {
        List<Signal> deps = new ArrayList<>();
        if (s instanceof Wire w && w.driver() != null) {
            Exprs.signals(List.of(w.driver()), deps::add);
        } else if (s instanceof InstanceOutput o) {
            Set<String> inputs = o.instance().child().combinationalPaths().getOrDefault(o.port(), Set.of());
            List<Expr> exprs = new ArrayList<>();
            for (String in : inputs) exprs.add(o.instance().inputs().get(in));
            Exprs.signals(exprs, deps::add);
        }
        return deps;
    }

    private static void checkLoops(Module m) {
        Map<Signal, Integer> state = new HashMap<>(); // 1 = on the path, 2 = done
        List<Signal> nets = new ArrayList<>();
        for (Signal s : m.portSignals()) if (s instanceof Output) nets.add(s);
        nets.addAll(m.wires());
        for (Instance i : m.instances()) nets.addAll(i.outputs().values());
        for (Signal start : nets) {
            if (state.containsKey(start)) continue;
            // iterative DFS keeping the current path for the message
            List<Signal> path = new ArrayList<>();
            List<Iterator> its = new ArrayList<>();
            path.add(start);
            its.add(new Iterator(combinationalInputs(start)));
            state.put(start, 1);
            while (!path.isEmpty()) {
                Iterator it = its.get(its.size() - 1);
                if (it.i < it.deps.size()) {
                    Signal next = it.deps.get(it.i++);
                    Integer st = state.get(next);
                    if (st == null) {
                        state.put(next, 1);
                        path.add(next);
                        its.add(new Iterator(combinationalInputs(next)));
                    } else if (st == 1) {
                        List<String> loop = new ArrayList<>();
                        for (int k = path.indexOf(next); k < path.size(); k++) loop.add(path.get(k).name());
                        loop.add(next.name());
                        throw new InputException("module " + m.name() + ": signal " + next.name(),
                                "no combinational loop (a register must break every cycle)",
                                "the loop " + String.join(" <- ", loop));
                    }
                } else {
                    state.put(path.remove(path.size() - 1), 2);
                    its.remove(its.size() - 1);
                }
            }
        }
    }

    private static final class Iterator {
        final List<Signal> deps;
        int i;
        Iterator(List<Signal> deps) { this.deps = deps; }
    }

    static Map<String, Set<String>> combinationalPaths(Module m) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        Map<Signal, Set<String>> memo = new HashMap<>();
        for (Signal s : m.portSignals()) {
            if (s instanceof Output o) out.put(o.name(), reach(o, memo));
        }
        return out;
    }

    private static Set<String> reach(Signal s, Map<Signal, Set<String>> memo) {
        Set<String> known = memo.get(s);
        if (known != null) return known;
        Set<String> r = new LinkedHashSet<>();
        memo.put(s, r); // no loops here (checked), so a partial entry is never read
        if (s instanceof Input) {
            r.add(s.name());
        } else {
            for (Signal d : combinationalInputs(s)) r.addAll(reach(d, memo));
        }
        return r;
    }
}
