package memcim.hdl.periphery;

import memcim.hdl.Expr;
import memcim.hdl.Fsm;
import memcim.hdl.Input;
import memcim.hdl.Module;
import memcim.hdl.Output;
import memcim.hdl.Params;
import memcim.hdl.Reg;

/**
 * One training sample of sign backpropagation on chip, with the input bits already latched in the word-line drivers:
 * the forward read of the hidden layer (its comparators latched into the hidden bits at the end of the window), the
 * forward read of the output layer (its comparators give the output errors), then, if any error is non-zero, the read
 * back through the output array (the hidden errors latched), the output layer's update and the hidden layer's, each by
 * the {@link PulseScheduler}; a sample with no error ends after the forward reads.
 *
 * <p>Ports: {@code start}, {@code any_error}, {@code sched_done} (1) in; {@code read1}, {@code latch_h}, {@code read2},
 * {@code latch_out}, {@code back}, {@code latch_d1}, {@code sched_start}, {@code layer} (1: the output layer is updated,
 * 0: the hidden), {@code busy}, {@code done} (1-cycle pulse), {@code updated} (1: the last sample pulsed) out.
 * Timing: each read window is {@code readCycles} cycles, its latch strobe on its last cycle; {@code any_error} is
 * sampled then. Cycles from the start edge to done: 1 + 2·T + 1 without an error; 1 + 3·T + (1 + U₂) + (1 + U₁) + 1
 * with one, U the scheduler's cycles from its start edge to its done (read while it is high).
 */
public final class TrainingController extends Module {
    private final int readCycles;

    public TrainingController(int readCycles) {
        super("training_ctrl", Params.of("T", readCycles));
        Bits.require(readCycles >= 1 && readCycles <= 65536, "training controller read window", "1..65536 cycles", readCycles);
        this.readCycles = readCycles;
        int cb = Bits.forValue(readCycles);
        Input start = input("start", 1);
        Input anyError = input("any_error", 1);
        Input schedDone = input("sched_done", 1);
        Output read1 = output("read1", 1);
        Output latchH = output("latch_h", 1);
        Output read2 = output("read2", 1);
        Output latchOut = output("latch_out", 1);
        Output back = output("back", 1);
        Output latchD1 = output("latch_d1", 1);
        Output schedStart = output("sched_start", 1);
        Output layer = output("layer", 1);
        Output busyOut = output("busy", 1);
        Output doneOut = output("done", 1);
        Output updatedOut = output("updated", 1);

        Fsm f = fsm("step", "IDLE", "READ1", "READ2", "BACK", "UPD2", "WAIT2", "UPD1", "WAIT1", "FINISH");
        Reg count = reg("count", cb);
        Reg done = reg("done_q", 1);
        Reg updated = reg("updated_q", 1);
        Expr begin = start.and(f.in("IDLE"));
        Expr last = count.eq(0);
        Expr reading = f.in("READ1").or(f.in("READ2")).or(f.in("BACK"));

        f.go("IDLE", "READ1", start);
        f.go("READ1", "READ2", last);
        f.go("READ2", "BACK", last.and(anyError));
        f.go("READ2", "FINISH", last.and(anyError.not()));
        f.go("BACK", "UPD2", last);
        f.go("UPD2", "WAIT2");
        f.go("WAIT2", "UPD1", schedDone);
        f.go("UPD1", "WAIT1");
        f.go("WAIT1", "FINISH", schedDone);
        f.go("FINISH", "IDLE");
        count.next(count.minus(1).when(reading));
        count.next(lit(readCycles - 1, cb).when(begin.or(reading.and(last))));
        done.next(f.in("FINISH"));
        updated.next(lit(0, 1).when(begin));
        updated.next(lit(1, 1).when(f.in("READ2").and(last).and(anyError)));

        read1.assign(f.in("READ1"));
        latchH.assign(f.in("READ1").and(last));
        read2.assign(f.in("READ2"));
        latchOut.assign(f.in("READ2").and(last));
        back.assign(f.in("BACK"));
        latchD1.assign(f.in("BACK").and(last));
        schedStart.assign(f.in("UPD2").or(f.in("UPD1")));
        layer.assign(f.in("UPD2").or(f.in("WAIT2")));
        busyOut.assign(f.in("IDLE").not());
        doneOut.assign(done);
        updatedOut.assign(updated);
    }

    /** Cycles from the start edge to done: without an error, and with one given the scheduler's cycles per layer. */
    public static long cycles(int readCycles, boolean error, long schedulerCycles) {
        return error ? 1 + 3L * readCycles + 2 * (1 + schedulerCycles) + 1 : 1 + 2L * readCycles + 1;
    }

    public int readCycles() { return readCycles; }
}
