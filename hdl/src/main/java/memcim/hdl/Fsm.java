package memcim.hdl;

import java.util.LinkedHashMap;
import java.util.Map;
import memcim.core.InputException;

/**
 * A small state-machine helper: a state register (binary encoded, reset to the first state) and named state
 * literals, emitted as localparams {@code <NAME>_<STATE>}. Transitions are register updates, so a later
 * {@link #go} that fires wins over an earlier one.
 *
 * <pre>{@code
 * Fsm f = fsm("state", "IDLE", "RUN");
 * f.go("IDLE", "RUN", start);
 * f.go("RUN", "IDLE", done);
 * busy.assign(f.in("RUN"));
 * }</pre>
 */
public final class Fsm {
    private final Reg state;
    private final Map<String, Expr> codes = new LinkedHashMap<>();

    Fsm(Module owner, String name, String[] states) {
        if (states.length < 2) {
            throw new InputException("module " + owner.name() + ": fsm " + name, "at least two states", states.length + "");
        }
        int width = Math.max(1, 64 - Long.numberOfLeadingZeros(states.length - 1));
        this.state = owner.reg(name, width);
        for (int i = 0; i < states.length; i++) {
            String label = name.toUpperCase() + "_" + states[i];
            if (codes.containsKey(states[i])) {
                throw new InputException("module " + owner.name() + ": fsm " + name, "distinct state names", "'" + states[i] + "' twice");
            }
            codes.put(states[i], owner.label(label, i, width));
        }
    }

    /** The state register. */
    public Reg register() { return state; }

    /** The literal of a state. */
    public Expr code(String s) {
        Expr c = codes.get(s);
        if (c == null) {
            throw new InputException("module " + state.owner().name() + ": fsm " + state.name(), "one of " + codes.keySet(), "'" + s + "'");
        }
        return c;
    }

    /** 1 while in state {@code s}. */
    public Expr in(String s) { return state.eq(code(s)); }

    /** Moves from {@code from} to {@code to} on an edge where {@code condition} is 1. */
    public Fsm go(String from, String to, Expr condition) {
        state.next(code(to).when(in(from).and(condition)));
        return this;
    }

    /** Moves from {@code from} to {@code to} on the next edge. */
    public Fsm go(String from, String to) {
        state.next(code(to).when(in(from)));
        return this;
    }
}
