package memcim.hdl.bench;

import memcim.hdl.Expr;
import memcim.hdl.Instance;
import memcim.hdl.Module;
import memcim.hdl.Output;
import memcim.hdl.Params;
import memcim.hdl.Reg;
import memcim.hdl.periphery.ChipDigital;
import memcim.hdl.periphery.Lfsr;
import memcim.hdl.periphery.PeripheryConfig;

/**
 * The benchmark design: {@link ChipDigital} driven by a seeded 32-bit {@link Lfsr} (feature writes, rare start
 * pulses, the comparator), with a counter of finished inferences. The same design runs in the Java simulator
 * and in Icarus, so both do exactly the same work and must end in the same state.
 */
public final class BenchHarness extends Module {
    public BenchHarness(PeripheryConfig c, long seed) {
        super("bench_harness", Params.of("M", c.samples(), "ADC", c.adcBits(), "SEED", seed));
        Output done = output("inferences", 16);
        Output pred = output("pred", 4);
        Output up = output("u_p", 12);
        Output ua = output("u_a", 12);
        Output ue = soutput("u_e", 13);
        Output dac = output("dac", c.adcBits());
        Output wl = output("wl_drive", c.inputs());

        Expr q = instance("u_lfsr", new Lfsr(32, seed)).in("en", lit(1, 1)).out("q");
        int ab = 64 - Long.numberOfLeadingZeros(c.inputs() - 1);
        Instance chip = instance("u_chip", new ChipDigital(c))
                .in("x_we", q.bit(1))
                .in("x_addr", q.bits(1 + ab, 2))
                .in("x_data", q.bits(2 + ab + c.bits() - 1, 2 + ab))
                .in("start", q.bits(31, 24).andReduce())
                .in("adc_cmp", q.bit(0));
        Reg count = reg("count", 16);
        count.next(count.plus(1).when(chip.out("done")));
        done.assign(count);
        pred.assign(chip.out("pred"));
        up.assign(chip.out("u_p"));
        ua.assign(chip.out("u_a"));
        ue.assign(chip.out("u_e"));
        dac.assign(chip.out("dac"));
        wl.assign(chip.out("wl_drive"));
    }
}
