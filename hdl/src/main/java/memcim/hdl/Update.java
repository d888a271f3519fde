package memcim.hdl;

/** A guarded value for a register: {@code value} is loaded when {@code condition} is 1, else the register holds. */
public record Update(Expr value, Expr condition) {}
