package memcim.hdl;

import java.util.Set;
import java.util.regex.Pattern;
import memcim.core.InputException;

/**
 * The one identifier check every name passes before it can reach Verilog: a plain identifier (letter or
 * underscore, then letters, digits, underscores), not a Verilog-2005 or SystemVerilog keyword (Verilator
 * parses SystemVerilog keywords), not one of the names the library reserves ({@code clk}, {@code rst}), and
 * no escaped identifiers, so a user-supplied name can never change the meaning of the emitted text.
 */
public final class Names {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    /** The implicit clock and reset ports of every sequential module. */
    public static final String CLOCK = "clk";
    public static final String RESET = "rst";

    private static final Set<String> KEYWORDS = Set.of(
            // Verilog-2005
            "always", "and", "assign", "automatic", "begin", "buf", "bufif0", "bufif1", "case", "casex", "casez",
            "cell", "cmos", "config", "deassign", "default", "defparam", "design", "disable", "edge", "else", "end",
            "endcase", "endconfig", "endfunction", "endgenerate", "endmodule", "endprimitive", "endspecify",
            "endtable", "endtask", "event", "for", "force", "forever", "fork", "function", "generate", "genvar",
            "highz0", "highz1", "if", "ifnone", "incdir", "include", "initial", "inout", "input", "instance",
            "integer", "join", "large", "liblist", "library", "localparam", "macromodule", "medium", "module",
            "nand", "negedge", "nmos", "nor", "noshowcancelled", "not", "notif0", "notif1", "or", "output",
            "parameter", "pmos", "posedge", "primitive", "pull0", "pull1", "pulldown", "pullup",
            "pulsestyle_onevent", "pulsestyle_ondetect", "rcmos", "real", "realtime", "reg", "release", "repeat",
            "rnmos", "rpmos", "rtran", "rtranif0", "rtranif1", "scalared", "showcancelled", "signed", "small",
            "specify", "specparam", "strong0", "strong1", "supply0", "supply1", "table", "task", "time", "tran",
            "tranif0", "tranif1", "tri", "tri0", "tri1", "triand", "trior", "trireg", "unsigned", "use", "uwire",
            "vectored", "wait", "wand", "weak0", "weak1", "while", "wire", "wor", "xnor", "xor",
            // SystemVerilog (Verilator reads them as keywords)
            "alias", "always_comb", "always_ff", "always_latch", "assert", "assume", "before", "bind", "bins",
            "binsof", "bit", "break", "byte", "chandle", "class", "clocking", "const", "constraint", "context",
            "continue", "cover", "covergroup", "coverpoint", "cross", "dist", "do", "endclass", "endclocking",
            "endgroup", "endinterface", "endpackage", "endprogram", "endproperty", "endsequence", "enum",
            "expect", "export", "extends", "extern", "final", "first_match", "foreach", "forkjoin", "iff",
            "ignore_bins", "illegal_bins", "import", "inside", "int", "interface", "intersect", "join_any",
            "join_none", "local", "logic", "longint", "matches", "modport", "new", "null", "package", "packed",
            "priority", "program", "property", "protected", "pure", "rand", "randc", "randcase", "randsequence",
            "ref", "return", "sequence", "shortint", "shortreal", "solve", "static", "string", "struct", "super",
            "tagged", "this", "throughout", "timeprecision", "timeunit", "type", "typedef", "union", "unique",
            "var", "virtual", "void", "wait_order", "wildcard", "with", "within", "accept_on", "checker",
            "endchecker", "eventually", "global", "implies", "let", "nexttime", "reject_on", "restrict",
            "s_always", "s_eventually", "s_nexttime", "s_until", "s_until_with", "strong", "sync_accept_on",
            "sync_reject_on", "unique0", "until", "until_with", "untyped", "weak", "implements", "interconnect",
            "nettype", "soft");

    private Names() {}

    /** Checks a name a user chose for a signal, port, memory or instance in {@code module}. */
    public static String check(String module, String name) {
        checkIdentifier("module " + module + ": signal " + name, name);
        if (name.equals(CLOCK) || name.equals(RESET)) {
            throw new InputException("module " + module + ": signal " + name,
                    "a name other than the implicit clock/reset ports 'clk' and 'rst'", "'" + name + "'");
        }
        return name;
    }

    /** Checks a module name (also the name of its file). */
    public static String checkModule(String name) {
        return checkIdentifier("module " + name, name);
    }

    private static String checkIdentifier(String where, String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new InputException(where, "a Verilog identifier ([A-Za-z_][A-Za-z0-9_]*, at most 63 characters)",
                    name == null ? "nothing" : "'" + name + "'");
        }
        if (KEYWORDS.contains(name)) {
            throw new InputException(where, "a name that is not a Verilog/SystemVerilog keyword",
                    "the keyword '" + name + "'");
        }
        if (name.startsWith("_")) {
            throw new InputException(where, "a name not starting with '_' (reserved for generated temporaries)",
                    "'" + name + "'");
        }
        return name;
    }
}
