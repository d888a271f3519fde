package memcim.hdl;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import memcim.core.InputException;

/**
 * A use of a child module inside a parent. Inputs are connected by name with {@link #in} (width and
 * signedness must match the port exactly); outputs are read with {@link #out}. The implicit clock and reset
 * are connected to the parent's.
 */
public final class Instance {
    private final Module parent;
    private final String name;
    private final Module child;
    private final Map<String, Expr> inputs = new LinkedHashMap<>();
    private final Map<String, InstanceOutput> outputs = new LinkedHashMap<>();

    Instance(Module parent, String name, Module child) {
        this.parent = parent;
        this.name = name;
        this.child = child;
        for (Port p : child.ports()) {
            if (p.direction() == Port.Direction.OUT) {
                outputs.put(p.name(), new InstanceOutput(parent, this, p.name(), p.width(), p.signed()));
            }
        }
    }

    public String name() { return name; }
    public Module child() { return child; }
    public Module parent() { return parent; }
    /** Connected inputs, in connection order. */
    public Map<String, Expr> inputs() { return Collections.unmodifiableMap(inputs); }
    public Map<String, InstanceOutput> outputs() { return Collections.unmodifiableMap(outputs); }

    /** Connects input {@code port} of the child to {@code value}. */
    public Instance in(String port, Expr value) {
        parent.checkOpen(name);
        String where = "module " + parent.name() + ": instance " + name + " port " + port;
        Signal p = child.signal(port);
        if (!(p instanceof Input)) {
            throw new InputException(where, "an input port of " + child.name() + " (" + child.inputNames() + ")",
                    p == null ? "no such port" : "a " + p.kind().name().toLowerCase());
        }
        if (inputs.containsKey(port)) {
            throw new InputException(where, "one connection", "a second connection " + value.describe());
        }
        if (value.width() != p.width() || value.signed() != p.signed()) {
            throw new InputException(where, Expr.widthText(p) + " value (no silent truncation or extension)",
                    Expr.widthText(value) + " value " + value.describe());
        }
        parent.checkOwned(value);
        inputs.put(port, value);
        return this;
    }

    public Instance in(String port, long value) {
        Signal p = child.signal(port);
        int w = p == null ? 1 : p.width();
        return in(port, p != null && p.signed() ? Expr.slit(value, w) : Expr.lit(value, w));
    }

    /** The value of output {@code port} of the child. */
    public InstanceOutput out(String port) {
        InstanceOutput o = outputs.get(port);
        if (o == null) {
            throw new InputException("module " + parent.name() + ": instance " + name + " port " + port,
                    "an output port of " + child.name() + " (" + String.join(", ", outputs.keySet()) + ")",
                    child.signal(port) == null ? "no such port" : "an input");
        }
        return o;
    }
}
