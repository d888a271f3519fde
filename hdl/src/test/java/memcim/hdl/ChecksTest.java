package memcim.hdl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import memcim.core.InputException;
import memcim.hdl.verilog.VerilogEmitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** One test per error message of the builder and the static checks: each names module, signal and reason. */
class ChecksTest {
    /** A module built by a lambda, for one-off test circuits. */
    static final class M extends Module {
        M(String name, java.util.function.Consumer<M> body) {
            super(name);
            body.accept(this);
        }
        Input in(String n, int w) { return input(n, w); }
        Input sin(String n, int w) { return sinput(n, w); }
        Output out(String n, int w) { return output(n, w); }
        Wire w(String n, int w) { return wire(n, w); }
        Wire w(String n, Expr e) { return wire(n, e); }
        Reg r(String n, int w) { return reg(n, w); }
        Memory mem(String n, int w, int d) { return memory(n, w, d); }
        Memory romOf(String n, int w, long[] c) { return rom(n, w, c); }
        Instance inst(String n, Module child) { return instance(n, child); }
        Fsm f(String n, String... s) { return fsm(n, s); }
    }

    private static InputException fails(Executable e, String... fragments) {
        InputException x = assertThrows(InputException.class, e);
        for (String f : fragments) assertTrue(x.getMessage().contains(f), "'" + f + "' in: " + x.getMessage());
        return x;
    }

    private static M module(java.util.function.Consumer<M> body) { return new M("t", body); }

    // ---- names ----
    @Test void illegalIdentifier() { fails(() -> module(m -> m.in("a b", 1)), "module t: signal a b", "a Verilog identifier", "'a b'"); }
    @Test void keyword() { fails(() -> module(m -> m.in("wire", 1)), "module t: signal wire", "the keyword 'wire'"); }
    @Test void systemVerilogKeyword() { fails(() -> module(m -> m.out("logic", 1)), "the keyword 'logic'"); }
    @Test void reservedClockName() { fails(() -> module(m -> m.in("clk", 1)), "signal clk", "implicit clock/reset"); }
    @Test void leadingUnderscore() { fails(() -> module(m -> m.w("_t0", 1)), "signal _t0", "reserved for generated temporaries"); }
    @Test void escapedOrInjectedName() { fails(() -> module(m -> m.in("x;\nassign y = 1", 1)), "a Verilog identifier"); }
    @Test void duplicateName() { fails(() -> module(m -> { m.in("a", 1); m.w("a", 1); }), "module t: signal a", "a second declaration of 'a'"); }
    @Test void badModuleName() { fails(() -> new M("module", m -> { }), "module module", "keyword"); }
    @Test void badParameter() { fails(() -> Params.of("N", 1.5), "parameter N", "an integer, boolean or string"); }
    @Test void badParameterString() { fails(() -> Params.of("S", "a b"), "parameter S", "letters and digits"); }

    // ---- widths and signedness ----
    @Test void assignWidthMismatch() {
        fails(() -> module(m -> m.out("y", 4).assign(m.in("a", 8))), "module t: signal y", "4-bit unsigned value (no silent truncation", "8-bit unsigned value a");
    }
    @Test void assignSignMismatch() {
        fails(() -> module(m -> m.out("y", 8).assign(m.sin("a", 8))), "module t: signal y", "8-bit signed value a");
    }
    @Test void regNextWidthMismatch() {
        fails(() -> module(m -> m.r("q", 4).next(m.in("a", 5))), "module t: signal q", "4-bit unsigned next value", "5-bit unsigned value a");
    }
    @Test void mixedSignedness() {
        fails(() -> module(m -> m.in("a", 4).plus(m.sin("b", 4))), "module t: operator + on a and b", "same signedness");
    }
    @Test void literalDoesNotFit() { fails(() -> Expr.lit(16, 4), "literal 16", "fits in 4 unsigned bits"); }
    @Test void signedLiteralDoesNotFit() { fails(() -> Expr.slit(-9, 4), "literal -9", "fits in 4 signed bits"); }
    @Test void constantOperandDoesNotFit() { fails(() -> module(m -> m.in("a", 4).plus(20)), "literal 20", "4 unsigned bits"); }
    @Test void tooWide() { fails(() -> module(m -> m.in("a", 65)), "module t: signal a", "a width of 1..64 bits", "65"); }
    @Test void productTooWide() { fails(() -> module(m -> m.in("a", 40).times(m.in("b", 40))), "a * b", "1..64 bits", "80"); }
    @Test void muxSelectWidth() { fails(() -> module(m -> m.in("s", 2).select(m.in("a", 1), m.in("b", 1))), "module t: mux select s", "1 bit", "2 bits"); }
    @Test void muxBranches() { fails(() -> module(m -> m.in("s", 1).select(m.in("a", 3), m.in("b", 4))), "mux s ? a : b", "equal width", "3-bit unsigned and 4-bit unsigned"); }
    @Test void sliceRange() { fails(() -> module(m -> m.in("a", 4).bits(4, 1)), "module t: slice a[4:1]", "0 <= lo <= hi < 4"); }
    @Test void resizeNarrower() { fails(() -> module(m -> m.in("a", 8).resize(4)), "resize of a", "use truncate"); }
    @Test void truncateWider() { fails(() -> module(m -> m.in("a", 4).truncate(8)), "truncate of a", "1..4 bits"); }
    @Test void repeatCount() { fails(() -> module(m -> m.in("a", 4).repeat(0)), "repeat of a", "at least 1"); }
    @Test void emptyConcat() { fails(() -> Expr.cat(), "concatenation", "at least one part"); }
    @Test void conditionWidth() { fails(() -> module(m -> m.in("a", 4).when(m.in("c", 2))), "condition c", "1 bit"); }
    @Test void shiftAmount() { fails(() -> module(m -> m.in("a", 4).shl(4)), "shift of a", "0..3"); }
    @Test void signedShiftAmount() { fails(() -> module(m -> m.in("a", 4).shl(m.sin("n", 2))), "shift amount n", "an unsigned value"); }
    @Test void wideShiftAmount() { fails(() -> module(m -> m.in("a", 4).shl(m.in("n", 7))), "shift amount n", "at most 6 bits"); }
    @Test void variableShiftOfSigned() { fails(() -> module(m -> m.sin("a", 4).shr(m.in("n", 2))), "variable right shift of a", "an unsigned value"); }
    @Test void enableWidth() { fails(() -> module(m -> m.r("q", 4).enable(m.in("e", 2))), "module t: signal q", "a 1-bit enable"); }
    @Test void secondEnable() { fails(() -> module(m -> { Reg q = m.r("q", 4); q.enable(m.in("e", 1)); q.enable(m.in("f", 1)); }), "signal q", "one enable"); }
    @Test void badResetValue() { fails(() -> module(m -> m.r("q", 4).resetTo(16)), "literal 16", "4 unsigned bits"); }

    // ---- drivers ----
    @Test void multipleDrivers() {
        fails(() -> module(m -> { Output y = m.out("y", 1); y.assign(m.in("a", 1)); y.assign(m.in("b", 1)); }),
                "module t: signal y", "exactly one driver", "a second driver (b; the first was a)");
    }
    @Test void undrivenOutput() { fails(() -> module(m -> m.out("y", 1)).elaborate(), "module t: signal y", "undriven output"); }
    @Test void undrivenWire() {
        fails(() -> module(m -> { m.w("n", 1); m.out("y", 1).assign(m.in("a", 1)); }).elaborate(), "module t: signal n", "undriven wire");
    }
    @Test void signalOfAnotherModule() {
        M other = module(m -> m.out("y", 1).assign(m.in("a", 1)));
        fails(() -> new M("u", m -> m.out("y", 1).assign(other.signal("a"))), "module u", "a signal of module t");
    }
    @Test void changeAfterElaboration() {
        M m = module(x -> x.out("y", 1).assign(x.in("a", 1)));
        m.elaborate();
        fails(() -> m.r("late", 1), "module t: signal late", "a change after elaboration");
    }

    // ---- loops ----
    @Test void combinationalLoop() {
        fails(() -> module(m -> {
            Wire a = m.w("a", 1);
            Wire b = m.w("b", 1);
            a.assign(b.not());
            b.assign(a.and(m.in("x", 1)));
            m.out("y", 1).assign(a);
        }).elaborate(), "module t: signal", "no combinational loop", "the loop");
    }
    @Test void loopThroughAnInstance() {
        M inv = new M("inv", m -> m.out("y", 1).assign(m.in("a", 1).not()));
        fails(() -> new M("top", m -> {
            Instance u = m.inst("u", inv);
            u.in("a", u.out("y"));
            m.out("y", 1).assign(u.out("y"));
        }).elaborate(), "module top", "no combinational loop", "u_y");
    }
    @Test void registerBreaksALoop() {
        M ok = module(m -> {
            Reg q = m.r("q", 1);
            Wire n = m.w("n", q.not());
            q.next(n);
            m.out("y", 1).assign(q);
        });
        assertEquals(List.of(), ok.elaborate().warnings());
    }

    // ---- unused inputs (warning) ----
    @Test void unusedInputIsAWarning() {
        M m = module(x -> { x.in("spare", 2); x.out("y", 1).assign(x.in("a", 1)); });
        assertEquals(List.of("module t: input spare is never used"), m.elaborate().warnings());
    }

    // ---- memories ----
    @Test void memoryDepth() { fails(() -> module(m -> m.mem("ram", 8, 12)), "module t: memory ram", "a power of two", "12"); }
    @Test void romInitTooWide() { fails(() -> module(m -> m.romOf("tab", 4, new long[] {1, 16})), "memory tab[1]", "0..15", "16"); }
    @Test void writeToRom() {
        fails(() -> module(m -> m.romOf("tab", 4, new long[] {1, 2}).write(m.in("a", 1), m.in("d", 4), m.in("e", 1))),
                "module t: memory tab", "no write to a ROM");
    }
    @Test void memoryAddressWidth() { fails(() -> module(m -> m.mem("ram", 8, 16).read(m.in("a", 3))), "memory ram", "4-bit unsigned address", "3-bit unsigned"); }
    @Test void memoryDataWidth() {
        fails(() -> module(m -> m.mem("ram", 8, 4).write(m.in("a", 2), m.in("d", 7), m.in("e", 1))), "memory ram", "8-bit unsigned write data");
    }
    @Test void memoryEnableWidth() {
        fails(() -> module(m -> m.mem("ram", 8, 4).write(m.in("a", 2), m.in("d", 8), m.in("e", 2))), "memory ram", "a 1-bit write enable");
    }

    // ---- instances ----
    private static M buffer() { return new M("buf4", m -> m.out("y", 4).assign(m.in("a", 4))); }
    @Test void unknownPort() { fails(() -> new M("top", m -> m.inst("u", buffer()).in("b", m.in("x", 4))), "module top: instance u port b", "an input port of buf4 (a)", "no such port"); }
    @Test void outputAsInput() { fails(() -> new M("top", m -> m.inst("u", buffer()).in("y", m.in("x", 4))), "instance u port y", "a output"); }
    @Test void portWidth() { fails(() -> new M("top", m -> m.inst("u", buffer()).in("a", m.in("x", 5))), "instance u port a", "4-bit unsigned value", "5-bit unsigned value x"); }
    @Test void secondConnection() {
        fails(() -> new M("top", m -> m.inst("u", buffer()).in("a", m.in("x", 4)).in("a", m.in("z", 4))), "instance u port a", "one connection");
    }
    @Test void unknownOutput() { fails(() -> new M("top", m -> m.inst("u", buffer()).out("q")), "instance u port q", "an output port of buf4 (y)"); }
    @Test void unconnectedInput() {
        fails(() -> new M("top", m -> m.out("y", 4).assign(m.inst("u", buffer()).out("y"))).elaborate(), "module top: instance u port a", "an unconnected input");
    }

    // ---- FSM ----
    @Test void fsmStates() { fails(() -> module(m -> m.f("st", "ONLY")), "fsm st", "at least two states"); }
    @Test void fsmDuplicateState() { fails(() -> module(m -> m.f("st", "A", "A")), "fsm st", "distinct state names"); }
    @Test void fsmUnknownState() { fails(() -> module(m -> m.f("st", "A", "B").in("C")), "fsm st", "one of [A, B]", "'C'"); }

    // ---- emitter ----
    @Test void twoDifferentModulesWithOneName() {
        M a = new M("same", m -> m.out("y", 1).assign(m.in("a", 1)));
        M b = new M("same", m -> m.out("y", 1).assign(m.in("a", 1).not()));
        M top = new M("top", m -> {
            Input x = m.in("x", 1);
            m.out("y", 2).assign(Expr.cat(m.inst("u", a).in("a", x).out("y"), m.inst("v", b).in("a", x).out("y")));
        });
        fails(() -> VerilogEmitter.emit(top), "module same", "one definition per module name");
    }
}
