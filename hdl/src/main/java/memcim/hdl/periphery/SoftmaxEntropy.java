package memcim.hdl.periphery;

import memcim.hdl.Expr;
import memcim.hdl.Fsm;
import memcim.hdl.Input;
import memcim.hdl.Instance;
import memcim.hdl.Memory;
import memcim.hdl.Module;
import memcim.hdl.Output;
import memcim.hdl.Params;
import memcim.hdl.Reg;

/**
 * Fixed-point softmax and entropy of one sample's logits: p_c = e_c / Σ e, e_c = exp table of
 * (max − logit_c) >> expShift (saturated at 63), the division done once as a reciprocal
 * r = 65536 / Σe ({@link Divider}), p_c = (e_c · r) >> 8 in Q8; and H = Σ −p_c ln p_c from the entropy table.
 *
 * <p>Ports: {@code wr_en}, {@code wr_addr} (4), {@code wr_data} (L, signed) in: logit writes, before start.
 * {@code start} in. Out: {@code busy}; {@code p_valid}, {@code p_class} (4), {@code p} (9): one probability per
 * cycle in the PROB phase (consumers take it on that edge); {@code h} (12): the entropy, valid with the
 * {@code done} pulse and held.
 *
 * <p>Timing: from start, C cycles to find the maximum, C for the exponentials and their sum, 1 + width(17) + 1
 * for the reciprocal, C streaming probabilities, then done: 3·C + 20 cycles.
 */
public final class SoftmaxEntropy extends Module {
    public static final int DIV_WIDTH = 17;

    /** Clock cycles from start to done for {@code classes} logits (see the class comment). */
    public static int cycles(int classes) { return 3 * classes + DIV_WIDTH + 3; }
    private final int classes;
    private final int expShift;
    private final int stepMilli;

    public SoftmaxEntropy(int classes, int logitWidth, int expShift, int stepMilli) {
        super("softmax_entropy", Params.of("C", classes, "L", logitWidth, "S", expShift, "STEPM", stepMilli));
        Bits.require(classes >= 2 && classes <= 15, "softmax", "2..15 classes", classes);
        Bits.require(logitWidth >= 8 && logitWidth <= 32 && expShift >= 0 && expShift < logitWidth, "softmax",
                "8..32-bit logits and a shift below the width", logitWidth + " bits, shift " + expShift);
        this.classes = classes;
        this.expShift = expShift;
        this.stepMilli = stepMilli;
        Input start = input("start", 1);
        Input wrEn = input("wr_en", 1);
        Input wrAddr = input("wr_addr", 4);
        Input wrData = sinput("wr_data", logitWidth);
        Output busy = output("busy", 1);
        Output done = output("done", 1);
        Output pValid = output("p_valid", 1);
        Output pClass = output("p_class", 4);
        Output pOut = output("p", FixedPoint.P_BITS);
        Output hOut = output("h", FixedPoint.H_BITS);

        Memory logits = memory("logits", logitWidth, 16);
        logits.write(wrAddr, wrData.asUnsigned(), wrEn);
        Memory exps = memory("exps", FixedPoint.EXP_BITS, 16);

        Fsm f = fsm("state", "IDLE", "MAX", "EXP", "DIV", "DIVWAIT", "PROB", "DONE");
        Reg i = reg("i", 4);
        Reg maxv = sreg("maxv", logitWidth);
        Reg sum = reg("sum", FixedPoint.H_BITS);
        Reg recip = reg("recip", DIV_WIDTH);
        Reg h = reg("h_q", FixedPoint.H_BITS);
        Expr lastI = i.eq(classes - 1);
        Expr logit = logits.read(i).asSigned();

        // MAX: running maximum over the logits
        maxv.next(logit.when(f.in("MAX").and(i.eq(0).or(logit.gt(maxv)))));
        // EXP: table lookup of the saturated distance below the maximum
        Expr dist = maxv.minusCarry(logit).shr(expShift);
        Expr d = dist.gt(FixedPoint.EXP_ENTRIES - 1).select(lit(FixedPoint.EXP_ENTRIES - 1, 6), dist.bits(5, 0));
        Instance exp = instance("u_exp", new ExpRom(stepMilli)).in("d", d);
        Expr e = exp.out("e");
        exps.write(i, e, f.in("EXP"));
        sum.next(lit(0, FixedPoint.H_BITS).when(start.and(f.in("IDLE"))));
        sum.next(sum.plus(e.resize(FixedPoint.H_BITS)).when(f.in("EXP")));
        // DIV: one reciprocal per sample
        Instance div = instance("u_div", new Divider(DIV_WIDTH))
                .in("start", f.in("DIV"))
                .in("num", lit(1L << 16, DIV_WIDTH))
                .in("den", sum.resize(DIV_WIDTH));
        recip.next(div.out("quo").when(f.in("DIVWAIT").and(div.out("done"))));
        // PROB: p = (e * r) >> 8, entropy accumulation
        Expr product = exps.read(i).times(recip);
        Expr p = product.bits(8 + FixedPoint.P_BITS - 1, 8);
        Instance ent = instance("u_plogp", new EntropyRom()).in("p", p);
        h.next(lit(0, FixedPoint.H_BITS).when(start.and(f.in("IDLE"))));
        h.next(h.plus(ent.out("h").resize(FixedPoint.H_BITS)).when(f.in("PROB")));

        Expr counting = f.in("MAX").or(f.in("EXP")).or(f.in("PROB"));
        i.next(i.plus(1).when(counting));
        i.next(lit(0, 4).when(counting.and(lastI)));
        i.next(lit(0, 4).when(f.in("IDLE")));

        f.go("IDLE", "MAX", start);
        f.go("MAX", "EXP", lastI);
        f.go("EXP", "DIV", lastI);
        f.go("DIV", "DIVWAIT");
        f.go("DIVWAIT", "PROB", div.out("done"));
        f.go("PROB", "DONE", lastI);
        f.go("DONE", "IDLE");

        busy.assign(f.in("IDLE").not());
        done.assign(f.in("DONE"));
        pValid.assign(f.in("PROB"));
        pClass.assign(i);
        pOut.assign(p);
        hOut.assign(h);
    }

    public int classes() { return classes; }

    /** What one sample produces: probabilities (Q8) and entropy (Q8 nats). */
    public record Result(int[] p, int h) {}

    /** Reference: the same integer arithmetic as the hardware. */
    public static Result reference(long[] logits, int expShift, int stepMilli) {
        long[] table = FixedPoint.expTable(stepMilli);
        long max = logits[0];
        for (long l : logits) max = Math.max(max, l);
        long[] e = new long[logits.length];
        long sum = 0;
        for (int c = 0; c < logits.length; c++) {
            long d = Math.min(FixedPoint.EXP_ENTRIES - 1, (max - logits[c]) >> expShift);
            e[c] = table[(int) d];
            sum += e[c];
        }
        long recip = Divider.reference(1L << 16, sum & Expr.mask(FixedPoint.H_BITS), DIV_WIDTH)[0];
        int[] p = new int[logits.length];
        int h = 0;
        for (int c = 0; c < logits.length; c++) {
            p[c] = (int) (((e[c] * recip) >> 8) & Expr.mask(FixedPoint.P_BITS));
            h = (h + FixedPoint.plogp(p[c])) & (int) Expr.mask(FixedPoint.H_BITS);
        }
        return new Result(p, h);
    }

    /** The reference with this instance's parameters. */
    public Result reference(long[] logits) { return reference(logits, expShift, stepMilli); }
}
