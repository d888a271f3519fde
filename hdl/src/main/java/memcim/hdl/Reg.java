package memcim.hdl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import memcim.core.InputException;

/**
 * A register on the module's clock ({@code clk}, rising edge). By default it has a synchronous active-high
 * reset ({@code rst}) to 0; {@link #resetTo}, {@link #asyncReset}, {@link #noReset} change that. Its next
 * value is given by {@link #next} updates, applied in order (a later one that fires wins, as in Verilog);
 * when none fires, or {@link #enable} is 0, it holds.
 */
public final class Reg extends Signal {
    /** How the register is reset. */
    public enum Reset { SYNC, ASYNC, NONE }

    private long resetValue;
    private Reset reset = Reset.SYNC;
    private final List<Update> updates = new ArrayList<>();
    private Expr enable;

    Reg(Module owner, String name, int width, boolean signed) { super(owner, name, width, signed); }

    @Override public Kind kind() { return Kind.REG; }

    /** The value loaded on reset (signed registers take a signed value). */
    public Reg resetTo(long value) {
        owner().checkOpen(name());
        resetValue = (signed() ? slit(value, width()) : lit(value, width())).constValue();
        return this;
    }

    public Reg asyncReset() { owner().checkOpen(name()); reset = Reset.ASYNC; return this; }

    public Reg noReset() { owner().checkOpen(name()); reset = Reset.NONE; return this; }

    /** Loads {@code value} on every enabled clock edge (unless a later update fires). */
    public Reg next(Expr value) { return next(new Update(value, null)); }

    public Reg next(long value) { return next(signed() ? slit(value, width()) : lit(value, width())); }

    /** Loads {@code update.value()} on an enabled edge where its condition is 1. */
    public Reg next(Update update) {
        owner().checkOpen(name());
        Expr v = update.value();
        if (v.width() != width() || v.signed() != signed()) {
            throw new InputException(where(), widthText(this) + " next value (no silent truncation or extension)",
                    widthText(v) + " value " + v.describe());
        }
        ownerOf(this, v);
        if (update.condition() != null) ownerOf(this, update.condition());
        updates.add(update);
        return this;
    }

    /** A clock enable for all updates: when 0 the register holds. */
    public Reg enable(Expr en) {
        owner().checkOpen(name());
        if (en.width() != 1) throw new InputException(where(), "a 1-bit enable", widthText(en) + " " + en.describe());
        if (enable != null) throw new InputException(where(), "one enable", "a second enable " + en.describe());
        ownerOf(this, en);
        enable = en;
        return this;
    }

    public long resetValue() { return resetValue; }
    public Reset reset() { return reset; }
    public List<Update> updates() { return Collections.unmodifiableList(updates); }
    /** The clock enable, or null. */
    public Expr enableExpr() { return enable; }

    /**
     * The value this register takes on the next edge, reset aside: the updates folded into a chain of
     * multiplexers and gated by the enable. The simulator compiles this; the emitter writes the updates as
     * if-statements, which mean the same.
     */
    public Expr nextValue() {
        Expr value = this;
        for (Update u : updates) value = u.condition() == null ? u.value() : u.condition().select(u.value(), value);
        return enable == null ? value : enable.select(value, this);
    }
}
