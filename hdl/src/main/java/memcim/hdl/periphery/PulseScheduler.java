package memcim.hdl.periphery;

import memcim.hdl.Expr;
import memcim.hdl.Fsm;
import memcim.hdl.Input;
import memcim.hdl.Module;
import memcim.hdl.Output;
import memcim.hdl.Params;
import memcim.hdl.Reg;

/**
 * The update phases of one layer: for each of {@code pulses} pulses a SET window, a gap, a RESET window and a gap. While
 * a window is open the word-line drivers of the latched input bits are on ({@code wl_en}, at the SET gate level in the
 * SET window and the RESET one in the RESET window) and the column drivers ({@link PairColumnDriver}) put the pulse on
 * the lines they select; the gaps let the drivers' edges fall before the next level.
 *
 * <p>Ports: {@code start} (1), {@code pulses} (B) in; {@code wl_en}, {@code set_en}, {@code reset_en}, {@code busy},
 * {@code done} (1-cycle pulse) out. Timing: from the start edge, S cycles with set_en, G cycles idle, R cycles with
 * reset_en, G idle, per pulse; done is high in the cycle after the last gap: 1 + pulses·(S + G + R + G) cycles from the
 * start edge to done. pulses = 0 gives done one cycle after start. start while busy is ignored.
 */
public final class PulseScheduler extends Module {
    private final int setCycles, resetCycles, gapCycles;

    public PulseScheduler(int setCycles, int resetCycles, int gapCycles, int pulseBits) {
        super("pulse_scheduler", Params.of("S", setCycles, "R", resetCycles, "G", gapCycles, "B", pulseBits));
        Bits.require(setCycles >= 1 && setCycles <= 4096, "pulse scheduler SET window", "1..4096 cycles", setCycles);
        Bits.require(resetCycles >= 1 && resetCycles <= 4096, "pulse scheduler RESET window", "1..4096 cycles", resetCycles);
        Bits.require(gapCycles >= 1 && gapCycles <= 4096, "pulse scheduler gap", "1..4096 cycles", gapCycles);
        Bits.require(pulseBits >= 1 && pulseBits <= 8, "pulse scheduler pulse count", "1..8 bits", pulseBits);
        this.setCycles = setCycles;
        this.resetCycles = resetCycles;
        this.gapCycles = gapCycles;
        int cb = Bits.forValue(Math.max(setCycles, Math.max(resetCycles, gapCycles)));
        Input start = input("start", 1);
        Input pulses = input("pulses", pulseBits);
        Output wlEn = output("wl_en", 1);
        Output setEn = output("set_en", 1);
        Output resetEn = output("reset_en", 1);
        Output busyOut = output("busy", 1);
        Output doneOut = output("done", 1);

        Fsm f = fsm("phase", "IDLE", "SET", "GAP1", "RESET", "GAP2");
        Reg count = reg("count", cb);
        Reg left = reg("left", pulseBits);
        Reg done = reg("done_q", 1);
        Expr idle = f.in("IDLE");
        Expr begin = start.and(idle);
        Expr some = pulses.ne(0);
        Expr zero = count.eq(0);
        Expr more = left.ne(1);

        f.go("IDLE", "SET", begin.and(some));
        f.go("SET", "GAP1", zero);
        f.go("GAP1", "RESET", zero);
        f.go("RESET", "GAP2", zero);
        f.go("GAP2", "SET", zero.and(more));
        f.go("GAP2", "IDLE", zero.and(more.not()));
        count.next(count.minus(1).when(idle.not()));
        count.next(lit(setCycles - 1, cb).when(begin.or(f.in("GAP2").and(zero))));
        count.next(lit(gapCycles - 1, cb).when(f.in("SET").or(f.in("RESET")).and(zero)));
        count.next(lit(resetCycles - 1, cb).when(f.in("GAP1").and(zero)));
        left.next(pulses.when(begin));
        left.next(left.minus(1).when(f.in("GAP2").and(zero)));
        done.next(begin.and(some.not()).or(f.in("GAP2").and(zero).and(more.not())));

        setEn.assign(f.in("SET"));
        resetEn.assign(f.in("RESET"));
        wlEn.assign(f.in("SET").or(f.in("RESET")));
        busyOut.assign(idle.not());
        doneOut.assign(done);
    }

    /** Cycles from the start edge to done. */
    public static long cycles(int setCycles, int resetCycles, int gapCycles, int pulses) {
        return 1 + (long) pulses * (setCycles + gapCycles + resetCycles + gapCycles);
    }

    public long cycles(int pulses) { return cycles(setCycles, resetCycles, gapCycles, pulses); }
}
