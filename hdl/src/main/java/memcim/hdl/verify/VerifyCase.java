package memcim.hdl.verify;

import java.util.List;
import java.util.function.Supplier;
import memcim.hdl.Module;
import memcim.hdl.periphery.Argmax;
import memcim.hdl.periphery.BitSerialSequencer;
import memcim.hdl.periphery.ChipDigital;
import memcim.hdl.periphery.ClippedRelu;
import memcim.hdl.periphery.Decoder;
import memcim.hdl.periphery.DftFrontEnd;
import memcim.hdl.periphery.DiffPair;
import memcim.hdl.periphery.Divider;
import memcim.hdl.periphery.EntropyRom;
import memcim.hdl.periphery.ExpRom;
import memcim.hdl.periphery.InferenceController;
import memcim.hdl.periphery.Lfsr;
import memcim.hdl.periphery.OutputErrorUnit;
import memcim.hdl.periphery.PairColumnDriver;
import memcim.hdl.periphery.PulseScheduler;
import memcim.hdl.periphery.TernaryUnit;
import memcim.hdl.periphery.TrainingController;
import memcim.hdl.periphery.PeripheryConfig;
import memcim.hdl.periphery.SampleAccumulator;
import memcim.hdl.periphery.SarAdcLogic;
import memcim.hdl.periphery.ShiftAdd;
import memcim.hdl.periphery.SoftmaxEntropy;
import memcim.hdl.periphery.UncertaintyUnit;
import memcim.hdl.periphery.WordLineDriver;
import memcim.hdl.spec.ChipSpec;

/**
 * One periphery module with its testbench stimulus: what {@code memcim verify hdl} runs. Parameters are those
 * of the reference chip; protocol inputs (start pulses) are made rare enough for operations to complete.
 */
public record VerifyCase(String name, Supplier<Module> module, Supplier<Stimulus> stimulus, int cycles) {

    public Testbench testbench() { return new Testbench(module.get(), stimulus.get(), cycles); }

    /** A hand-written testbench file of {@code testbenches/hdl} and the module it tests. */
    public record HandWritten(String file, Supplier<Module> module) {}

    /** The hand-written testbenches (independent of the Java model). */
    public static List<HandWritten> handWritten() {
        return List.of(
                new HandWritten("tb_sar_ideal.v", () -> new SarAdcLogic(8)),
                new HandWritten("tb_lfsr_period.v", () -> new Lfsr(16, 0xACE1)));
    }

    /** Every periphery module of the reference chip, and the chip itself (with 2 samples, to keep it short). */
    public static List<VerifyCase> periphery(long seed) {
        PeripheryConfig ref = ChipSpec.reference().periphery();
        PeripheryConfig small = new PeripheryConfig(ref.inputs(), ref.hidden(), ref.classes(), 2, ref.bits(), 5, 3, 2, ref.stepMilli());
        return List.of(
                new VerifyCase("lfsr", () -> new Lfsr(16, 0xACE1), () -> new Stimulus(seed).pulse("en", 0.8), 600),
                new VerifyCase("decoder", () -> new Decoder(5, 32), () -> new Stimulus(seed), 300),
                new VerifyCase("wordline_driver", () -> new WordLineDriver(ref.inputs()), () -> new Stimulus(seed), 300),
                new VerifyCase("bitserial_seq", () -> new BitSerialSequencer(ref.inputs(), ref.bits()),
                        () -> new Stimulus(seed).pulse("load_en", 0.6), 600),
                new VerifyCase("sar_adc_logic", () -> new SarAdcLogic(ref.adcBits()),
                        () -> new Stimulus(seed).pulse("start", 0.15).pulse("cmp", 0.5), 1000),
                new VerifyCase("diff_pair", () -> new DiffPair(ref.adcBits()), () -> new Stimulus(seed), 300),
                new VerifyCase("shift_add", () -> new ShiftAdd(ref.adcBits() + 1, ref.accWidth()),
                        () -> new Stimulus(seed).pulse("clear", 0.1).pulse("valid", 0.7), 600),
                new VerifyCase("clipped_relu", () -> new ClippedRelu(ref.accWidth(), ref.reluShift(), ref.bits()),
                        () -> new Stimulus(seed), 400),
                new VerifyCase("exp_rom", () -> new ExpRom(ref.stepMilli()), () -> new Stimulus(seed), 200),
                new VerifyCase("entropy_rom", EntropyRom::new, () -> new Stimulus(seed), 600),
                new VerifyCase("divider", () -> new Divider(SoftmaxEntropy.DIV_WIDTH),
                        () -> new Stimulus(seed).pulse("start", 0.08), 1500),
                new VerifyCase("argmax", () -> new Argmax(9), () -> new Stimulus(seed).pulse("first", 0.15), 400),
                new VerifyCase("softmax_entropy",
                        () -> new SoftmaxEntropy(ref.classes(), ref.accWidth(), ref.expShift(), ref.stepMilli()),
                        () -> new Stimulus(seed).pulse("start", 0.03).pulse("wr_en", 0.5), 3000),
                new VerifyCase("sample_acc", () -> new SampleAccumulator(ref.classes(), ref.sumWidth()),
                        () -> new Stimulus(seed).pulse("clear", 0.03).pulse("p_valid", 0.6).pulse("h_valid", 0.3), 800),
                new VerifyCase("uncertainty", () -> new UncertaintyUnit(ref.classes(), ref.samples(), ref.sumWidth()),
                        () -> new Stimulus(seed).pulse("start", 0.08), 1000),
                new VerifyCase("inference_ctrl",
                        () -> new InferenceController(ref.hidden(), ref.classes(), 2, ref.bits()),
                        () -> new Stimulus(seed).resetProbability(0).pulse("start", 0.01).pulse("adc_done", 0.4)
                                .pulse("sm_done", 0.2).pulse("uu_done", 0.2), 3000),
                new VerifyCase("dft_front_end", () -> new DftFrontEnd(16, 4, 12, 10),
                        () -> new Stimulus(seed).pulse("start", 0.02).pulse("x_we", 0.3), 800),
                new VerifyCase("output_error", () -> new OutputErrorUnit(10), () -> new Stimulus(seed), 300),
                new VerifyCase("ternary_unit", () -> new TernaryUnit(32), () -> new Stimulus(seed), 300),
                new VerifyCase("pair_column_driver", () -> new PairColumnDriver(16), () -> new Stimulus(seed), 300),
                new VerifyCase("pulse_scheduler", () -> new PulseScheduler(15, 6, 5, 4),
                        () -> new Stimulus(seed).pulse("start", 0.02), 1500),
                new VerifyCase("training_ctrl", () -> new TrainingController(8),
                        () -> new Stimulus(seed).pulse("start", 0.05).pulse("sched_done", 0.1), 1500),
                new VerifyCase("chip_digital", () -> new ChipDigital(small),
                        () -> new Stimulus(seed).resetProbability(0)
                                .port("x_we", (c, r) -> c >= 1 && c <= small.inputs() ? 1 : 0)
                                .port("x_addr", (c, r) -> c - 1)
                                .port("start", (c, r) -> c == small.inputs() + 4 ? 1 : 0)
                                .pulse("adc_cmp", 0.5), 2700));
    }
}
