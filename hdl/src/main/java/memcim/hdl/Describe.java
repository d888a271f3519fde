package memcim.hdl;

/** Short Verilog-like text of an expression, cut at a depth, for error messages. */
final class Describe {
    private Describe() {}

    static String of(Expr e, int depth) {
        if (e instanceof Signal s) return s.name();
        if (e.op() == Op.CONST) return e.label() != null ? e.label() : e.width() + "'d" + e.constValue();
        if (depth == 0) return "(...)";
        int d = depth - 1;
        return switch (e.op()) {
            case NOT -> "~" + of(e.arg(0), d);
            case NEG -> "-" + of(e.arg(0), d);
            case AND_REDUCE -> "&" + of(e.arg(0), d);
            case OR_REDUCE -> "|" + of(e.arg(0), d);
            case XOR_REDUCE -> "^" + of(e.arg(0), d);
            case ADD -> bin(e, "+", d);
            case SUB -> bin(e, "-", d);
            case MUL -> bin(e, "*", d);
            case AND -> bin(e, "&", d);
            case OR -> bin(e, "|", d);
            case XOR -> bin(e, "^", d);
            case EQ -> bin(e, "==", d);
            case NE -> bin(e, "!=", d);
            case LT -> bin(e, "<", d);
            case LE -> bin(e, "<=", d);
            case GT -> bin(e, ">", d);
            case GE -> bin(e, ">=", d);
            case SHL -> "(" + of(e.arg(0), d) + " << " + e.amount() + ")";
            case SHR -> "(" + of(e.arg(0), d) + " >> " + e.amount() + ")";
            case SRA -> "(" + of(e.arg(0), d) + " >>> " + e.amount() + ")";
            case SHL_VAR -> bin(e, "<<", d);
            case SHR_VAR -> bin(e, ">>", d);
            case MUX -> "(" + of(e.arg(0), d) + " ? " + of(e.arg(1), d) + " : " + of(e.arg(2), d) + ")";
            case CAT -> {
                StringBuilder b = new StringBuilder("{");
                for (int i = 0; i < e.arity(); i++) b.append(i == 0 ? "" : ", ").append(of(e.arg(i), d));
                yield b.append("}").toString();
            }
            case SLICE -> of(e.arg(0), d) + "[" + e.hi() + ":" + e.lo() + "]";
            case EXTEND -> of(e.arg(0), depth);
            case REPEAT -> "{" + e.amount() + "{" + of(e.arg(0), d) + "}}";
            case CAST -> (e.signed() ? "$signed(" : "$unsigned(") + of(e.arg(0), d) + ")";
            case MEM_READ -> e.memory().name() + "[" + of(e.arg(0), d) + "]";
            default -> e.op().name();
        };
    }

    private static String bin(Expr e, String op, int d) {
        return "(" + of(e.arg(0), d) + " " + op + " " + of(e.arg(1), d) + ")";
    }
}
