package memcim.hdl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import memcim.core.InputException;

/**
 * A register file (written on the clock edge through write ports, read asynchronously) or a ROM table
 * (fixed contents, no write port). The depth is a power of two so that every address is valid; contents
 * start as the given init values (zero elsewhere), in the simulator and in the emitted Verilog alike.
 */
public final class Memory {
    /** One synchronous write port: {@code mem[address] <= data} on an edge where {@code enable} is 1. */
    public record WritePort(Expr address, Expr data, Expr enable) {}

    private final Module owner;
    private final String name;
    private final int width;
    private final int addressBits;
    private final long[] init;
    private final boolean rom;
    private final List<WritePort> writes = new ArrayList<>();

    Memory(Module owner, String name, int width, int depth, long[] init, boolean rom) {
        this.owner = owner;
        this.name = name;
        String where = "module " + owner.name() + ": memory " + name;
        Expr.checkWidth(where, width);
        if (depth < 2 || Integer.bitCount(depth) != 1 || depth > (1 << 16)) {
            throw new InputException(where, "a depth that is a power of two in 2..65536", Integer.toString(depth));
        }
        if (init != null && init.length > depth) {
            throw new InputException(where, "at most " + depth + " init values", Integer.toString(init.length));
        }
        this.width = width;
        this.addressBits = Integer.numberOfTrailingZeros(depth);
        this.init = new long[depth];
        if (init != null) {
            for (int i = 0; i < init.length; i++) {
                if (width < 64 && (init[i] < 0 || init[i] > Expr.mask(width))) {
                    throw new InputException(where + "[" + i + "]", "a value in 0.." + Expr.mask(width), Long.toString(init[i]));
                }
                this.init[i] = init[i];
            }
        }
        this.rom = rom;
    }

    public Module owner() { return owner; }
    public String name() { return name; }
    public int width() { return width; }
    public int depth() { return init.length; }
    public int addressBits() { return addressBits; }
    public boolean rom() { return rom; }
    /** Initial contents, one value per address. */
    public long[] init() { return init.clone(); }
    public List<WritePort> writes() { return Collections.unmodifiableList(writes); }

    /** The word at {@code address} (an unsigned value of exactly {@link #addressBits()} bits). */
    public Expr read(Expr address) {
        checkAddress(address);
        return Expr.memRead(this, address);
    }

    /** Adds a write port. */
    public void write(Expr address, Expr data, Expr enable) {
        owner.checkOpen(name);
        String where = "module " + owner.name() + ": memory " + name;
        if (rom) throw new InputException(where, "no write to a ROM", "a write port");
        checkAddress(address);
        if (data.width() != width || data.signed()) {
            throw new InputException(where, width + "-bit unsigned write data", Expr.widthText(data) + " " + data.describe());
        }
        if (enable.width() != 1) throw new InputException(where, "a 1-bit write enable", Expr.widthText(enable));
        owner.checkOwned(data);
        owner.checkOwned(enable);
        writes.add(new WritePort(address, data, enable));
    }

    private void checkAddress(Expr address) {
        if (address.width() != addressBits || address.signed()) {
            throw new InputException("module " + owner.name() + ": memory " + name,
                    addressBits + "-bit unsigned address", Expr.widthText(address) + " " + address.describe());
        }
        owner.checkOwned(address);
    }
}
