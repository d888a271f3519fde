package memcim.hdl;

/** The kinds of expression node; the emitter and the simulator each switch over this one list. */
public enum Op {
    /** A literal; {@link Expr#constValue()}. */
    CONST,
    /** A port, wire, register or instance output; the expression is a {@link Signal}. */
    SIGNAL,
    NOT, NEG, AND_REDUCE, OR_REDUCE, XOR_REDUCE,
    ADD, SUB, MUL, AND, OR, XOR,
    EQ, NE, LT, LE, GT, GE,
    /** Shift by a constant {@link Expr#amount()}; SRA is the arithmetic (sign-filling) right shift. */
    SHL, SHR, SRA,
    /** Logical shift by the value of the second operand. */
    SHL_VAR, SHR_VAR,
    /** arg0 ? arg1 : arg2. */
    MUX,
    /** Concatenation, most significant operand first. */
    CAT,
    /** Bits [hi:lo] of the operand: {@link Expr#hi()}, {@link Expr#lo()}. */
    SLICE,
    /** Zero or sign extension (by the operand's signedness) to {@link Expr#width()}. */
    EXTEND,
    /** The operand repeated {@link Expr#amount()} times. */
    REPEAT,
    /** The same bits read as signed or unsigned. */
    CAST,
    /** Asynchronous read of {@link Expr#memory()} at the operand address. */
    MEM_READ
}
