package memcim.hdl.periphery;

import memcim.hdl.Expr;
import memcim.hdl.Fsm;
import memcim.hdl.Input;
import memcim.hdl.Instance;
import memcim.hdl.Module;
import memcim.hdl.Output;
import memcim.hdl.Params;
import memcim.hdl.Reg;

/**
 * Prediction and uncertainty from the sample sums: p̄_c = Σ_s p_sc / M (multiplication by round(65536/M),
 * shift 16, clamp to 1.0), prediction = argmax p̄ ({@link Argmax}), predictive entropy U_p = Σ −p̄ ln p̄
 * (entropy table), aleatoric U_a = Σ_s H_s / M, epistemic U_e = U_p − U_a (signed: fixed-point rounding can
 * make it slightly negative). All in Q8 nats.
 *
 * <p>Ports: {@code start} (1), {@code rd_data} (W): class sum at {@code rd_addr}, {@code h_sum} (W) in. Out:
 * {@code rd_addr} (4), {@code busy}, {@code done} (1-cycle pulse), {@code pred} (4), {@code u_p}, {@code u_a}
 * (12), {@code u_e} (13, signed), valid from done on, held. Timing: C scan cycles, 1 final, 1 done.
 */
public final class UncertaintyUnit extends Module {
    private static final int HB = FixedPoint.H_BITS;

    /** Clock cycles from start to done: C scan cycles, 1 final, 1 done. */
    public static int cycles(int classes) { return classes + 2; }

    public UncertaintyUnit(int classes, int samples, int width) {
        super("uncertainty", Params.of("C", classes, "M", samples, "W", width));
        Bits.require(samples >= 1 && samples <= 255, "uncertainty unit", "1..255 samples", samples);
        Input start = input("start", 1);
        Input rdData = input("rd_data", width);
        Input hSum = input("h_sum", width);
        Output rdAddr = output("rd_addr", 4);
        Output busy = output("busy", 1);
        Output done = output("done", 1);
        Output pred = output("pred", 4);
        Output up = output("u_p", HB);
        Output ua = output("u_a", HB);
        Output ue = soutput("u_e", HB + 1);

        Fsm f = fsm("state", "IDLE", "SCAN", "FINAL", "DONE");
        Reg i = reg("i", 4);
        Reg upq = reg("up_q", HB);
        Reg uaq = reg("ua_q", HB);
        Reg ueq = sreg("ue_q", HB + 1);
        Expr recip = lit(FixedPoint.reciprocal(samples), 17);
        Expr lastI = i.eq(classes - 1);

        Expr scaled = rdData.times(recip).bits(width + 16, 16);
        Expr one = lit(FixedPoint.ONE, width + 1);
        Expr pbar = scaled.gt(one).select(one, scaled).bits(FixedPoint.P_BITS - 1, 0);
        Instance arg = instance("u_argmax", new Argmax(FixedPoint.P_BITS))
                .in("valid", f.in("SCAN")).in("first", i.eq(0)).in("index", i).in("value", pbar);
        Instance ent = instance("u_plogp", new EntropyRom()).in("p", pbar);
        upq.next(lit(0, HB).when(start.and(f.in("IDLE"))));
        upq.next(upq.plus(ent.out("h").resize(HB)).when(f.in("SCAN")));

        Expr uaWide = hSum.times(recip).bits(width + 16, 16);
        Expr uaNew = uaWide.gt(Expr.mask(HB)).select(lit(Expr.mask(HB), width + 1), uaWide).bits(HB - 1, 0);
        uaq.next(uaNew.when(f.in("FINAL")));
        ueq.next(upq.resize(HB + 1).asSigned().minus(uaNew.resize(HB + 1).asSigned()).when(f.in("FINAL")));

        i.next(lit(0, 4).when(f.in("IDLE")));
        i.next(i.plus(1).when(f.in("SCAN")));
        f.go("IDLE", "SCAN", start);
        f.go("SCAN", "FINAL", lastI);
        f.go("FINAL", "DONE");
        f.go("DONE", "IDLE");

        rdAddr.assign(i);
        busy.assign(f.in("IDLE").not());
        done.assign(f.in("DONE"));
        pred.assign(arg.out("best_index"));
        up.assign(upq);
        ua.assign(uaq);
        ue.assign(ueq);
    }

    /** What the unit reports. */
    public record Result(int prediction, int up, int ua, int ue) {}

    /** Reference: the same integer arithmetic as the hardware. */
    public static Result reference(long[] classSums, long entropySum, int samples) {
        long r = FixedPoint.reciprocal(samples);
        long[] pbar = new long[classSums.length];
        int up = 0;
        for (int c = 0; c < classSums.length; c++) {
            pbar[c] = Math.min(FixedPoint.ONE, (classSums[c] * r) >> 16);
            up = (up + FixedPoint.plogp((int) pbar[c])) & (int) Expr.mask(HB);
        }
        int ua = (int) Math.min(Expr.mask(HB), (entropySum * r) >> 16);
        return new Result(Argmax.reference(pbar), up, ua, up - ua);
    }
}
