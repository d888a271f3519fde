package memcim.hdl;

import memcim.core.InputException;

/** A combinational net, driven exactly once by {@link #assign}. */
public class Wire extends Signal {
    private Expr driver;

    Wire(Module owner, String name, int width, boolean signed) { super(owner, name, width, signed); }

    @Override public Kind kind() { return Kind.WIRE; }

    /** Drives this net; the value must have the same width and signedness, and this must be its only driver. */
    public void assign(Expr value) {
        owner().checkOpen(name());
        if (driver != null) {
            throw new InputException(where(), "exactly one driver", "a second driver (" + value.describe()
                    + "; the first was " + driver.describe() + ")");
        }
        if (value.width() != width() || value.signed() != signed()) {
            throw new InputException(where(), widthText(this) + " value (no silent truncation or extension)",
                    widthText(value) + " value " + value.describe());
        }
        ownerOf(this, value);
        driver = value;
    }

    public void assign(long value) { assign(signed() ? slit(value, width()) : lit(value, width())); }

    /** The expression driving this net, or null before {@link #assign}. */
    public Expr driver() { return driver; }
}
