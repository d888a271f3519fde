package memcim.hdl.periphery;

import memcim.hdl.Expr;
import memcim.hdl.Input;
import memcim.hdl.Module;
import memcim.hdl.Output;
import memcim.hdl.Params;
import memcim.hdl.Reg;

/**
 * Sequential restoring divider (one quotient bit per cycle), unsigned.
 *
 * <p>Ports: {@code start} (1), {@code num}, {@code den} (W) in; {@code quo}, {@code rem} (W), {@code busy},
 * {@code done} (1-cycle pulse) out. Timing: start while idle latches the operands; W edges later
 * {@code done} is high and quo/rem valid (held). A zero divisor gives quo = all ones, rem = num.
 */
public final class Divider extends Module {
    public Divider(int width) {
        super("divider", Params.of("W", width));
        Bits.require(width >= 2 && width <= 62, "divider", "2..62 bits", width);
        Input start = input("start", 1);
        Input num = input("num", width);
        Input den = input("den", width);
        Output quo = output("quo", width);
        Output remOut = output("rem", width);
        Output busyOut = output("busy", 1);
        Output doneOut = output("done", 1);

        int cb = Bits.forValue(width);
        Reg q = reg("q", width);
        Reg r = reg("r", width + 1);
        Reg d = reg("d", width);
        Reg count = reg("count", cb);
        Reg busy = reg("busy_q", 1);
        Reg done = reg("done_q", 1);
        Expr begin = start.and(busy.not());
        Expr shifted = cat(r.bits(width - 1, 0), q.msb());
        Expr dw = d.resize(width + 1);
        Expr fits = shifted.ge(dw);
        Expr last = count.eq(1);

        q.next(num.when(begin));
        q.next(cat(q.bits(width - 2, 0), fits).when(busy));
        r.next(lit(0, width + 1).when(begin));
        r.next(fits.select(shifted.minus(dw), shifted).when(busy));
        d.next(den.when(begin));
        count.next(lit(width, cb).when(begin));
        count.next(count.minus(1).when(busy));
        busy.next(lit(1, 1).when(begin));
        busy.next(lit(0, 1).when(busy.and(last)));
        done.next(busy.and(last));

        quo.assign(q);
        remOut.assign(r.bits(width - 1, 0));
        busyOut.assign(busy);
        doneOut.assign(done);
    }

    /** Reference: quotient and remainder as the hardware computes them (also for a zero divisor). */
    public static long[] reference(long num, long den, int width) {
        if (den == 0) return new long[] {Expr.mask(width), num};
        return new long[] {num / den, num % den};
    }
}
