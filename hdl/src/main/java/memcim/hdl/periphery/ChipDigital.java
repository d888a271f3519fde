package memcim.hdl.periphery;

import memcim.hdl.Expr;
import memcim.hdl.Input;
import memcim.hdl.Instance;
import memcim.hdl.Module;
import memcim.hdl.Output;
import memcim.hdl.Reg;

/**
 * The digital periphery of the reference chip: {@link InferenceController} plus the datapath (bit-serial
 * sequencers for both layers, word-line drivers, column decoder, SAR ADC logic, differential subtraction,
 * shift-add, clipped ReLU, softmax/entropy, sample accumulation, uncertainty).
 *
 * <p>Ports in: {@code x_we}, {@code x_addr}, {@code x_data} (bits): load one input feature per edge;
 * {@code start}: begin an inference; {@code adc_cmp}: the comparator of the (shared) SAR ADC, 1 when the
 * selected column's signal is at or above the DAC level. Out: {@code wl_drive} (inputs): word lines driven
 * with V_read; {@code sl_en}; {@code col_sel} (columns): one-hot column routed to the ADC (column
 * 2·neuron + polarity); {@code layer}, {@code sample}: which array set is read; {@code dac} (adcBits): DAC
 * switch word; {@code adc_busy}; {@code busy}, {@code done}; results {@code pred}, {@code u_p}, {@code u_a},
 * {@code u_e} (Q8 nats), valid from {@code done} on.
 *
 * <p>Co-simulation each clock: peek wl_drive, col_sel, layer, sample and dac, compute the comparator
 * against the array, poke adc_cmp, step (see {@link ChipSession}).
 */
public final class ChipDigital extends Module {
    private final PeripheryConfig config;

    public ChipDigital(PeripheryConfig c) {
        super("chip_digital", c.params());
        this.config = c;
        Bits.require(c.inputs() >= c.hidden() && c.inputs() <= 64, "chip", "inputs >= hidden, at most 64", c.inputs());
        int ab = Bits.forCount(c.inputs());
        int nb = Bits.forCount(Math.max(c.hidden(), c.classes()));
        Input xWe = input("x_we", 1);
        Input xAddr = input("x_addr", ab);
        Input xData = input("x_data", c.bits());
        Input start = input("start", 1);
        Input cmp = input("adc_cmp", 1);
        Output wlDrive = output("wl_drive", c.inputs());
        Output slEn = output("sl_en", 1);
        Output colSel = output("col_sel", c.columns());
        Output layerOut = output("layer", 1);
        Output sampleOut = output("sample", Bits.forCount(c.samples()));
        Output dac = output("dac", c.adcBits());
        Output adcBusy = output("adc_busy", 1);
        Output busy = output("busy", 1);
        Output done = output("done", 1);
        Output pred = output("pred", 4);
        Output up = output("u_p", FixedPoint.H_BITS);
        Output ua = output("u_a", FixedPoint.H_BITS);
        Output ue = soutput("u_e", FixedPoint.H_BITS + 1);

        Instance ctrl = instance("u_ctrl", new InferenceController(c.hidden(), c.classes(), c.samples(), c.bits()));
        Instance adc = instance("u_adc", new SarAdcLogic(c.adcBits()))
                .in("start", ctrl.out("adc_start")).in("cmp", cmp);
        Instance sm = instance("u_softmax", new SoftmaxEntropy(c.classes(), c.accWidth(), c.expShift(), c.stepMilli()));
        Instance uu = instance("u_uncert", new UncertaintyUnit(c.classes(), c.samples(), c.sumWidth()));
        ctrl.in("start", start).in("adc_done", adc.out("done")).in("sm_done", sm.out("done")).in("uu_done", uu.out("done"));

        Expr layer = ctrl.out("layer");
        Expr neuron = ctrl.out("neuron");
        Expr phase = ctrl.out("phase");
        Expr neuronDone = ctrl.out("neuron_done");

        // word lines: layer-1 inputs or the requantised hidden activations
        Instance seq1 = instance("u_seq_in", new BitSerialSequencer(c.inputs(), c.bits()))
                .in("load_en", xWe).in("load_addr", xAddr).in("load_data", xData)
                .in("phase", phase).in("enable", layer.not());
        Instance seq2 = instance("u_seq_hidden", new BitSerialSequencer(c.hidden(), c.bits()))
                .in("phase", phase).in("enable", layer);
        Expr hiddenWl = c.inputs() == c.hidden() ? seq2.out("wl_sel") : seq2.out("wl_sel").resize(c.inputs());
        Instance wl = instance("u_wl", new WordLineDriver(c.inputs()))
                .in("wl_sel", layer.select(hiddenWl, seq1.out("wl_sel"))).in("read_en", ctrl.out("read_en"));
        Instance cols = instance("u_cols", new Decoder(nb + 1, c.columns()))
                .in("addr", cat(neuron.bits(nb - 1, 0), ctrl.out("polarity"))).in("en", ctrl.out("read_en"));

        // G+ code held while G- converts, then the differential sum over bit phases
        Reg posCode = reg("pos_code", c.adcBits());
        posCode.next(adc.out("result").when(ctrl.out("capture_pos")));
        Instance diff = instance("u_diff", new DiffPair(c.adcBits())).in("pos", posCode).in("neg", adc.out("result"));
        Instance acc = instance("u_shiftadd", new ShiftAdd(c.adcBits() + 1, c.accWidth()))
                .in("clear", ctrl.out("acc_clear")).in("valid", ctrl.out("acc_valid")).in("phase", phase)
                .in("x", diff.out("diff"));
        Instance relu = instance("u_relu", new ClippedRelu(c.accWidth(), c.reluShift(), c.bits())).in("x", acc.out("acc"));
        seq2.in("load_en", neuronDone.and(layer.not())).in("load_addr", neuron.bits(Bits.forCount(c.hidden()) - 1, 0))
                .in("load_data", relu.out("y"));

        // per-sample softmax and entropy, accumulated over the samples
        sm.in("start", ctrl.out("sm_start")).in("wr_en", neuronDone.and(layer)).in("wr_addr", neuron.bits(3, 0))
                .in("wr_data", acc.out("acc"));
        Instance sacc = instance("u_samples", new SampleAccumulator(c.classes(), c.sumWidth()))
                .in("clear", ctrl.out("sacc_clear")).in("p_valid", sm.out("p_valid")).in("p_class", sm.out("p_class"))
                .in("p", sm.out("p")).in("h_valid", sm.out("done")).in("h", sm.out("h"));
        uu.in("start", ctrl.out("uu_start")).in("rd_data", sacc.out("rd_data")).in("h_sum", sacc.out("h_sum"));
        sacc.in("rd_addr", uu.out("rd_addr"));

        wlDrive.assign(wl.out("wl_drive"));
        slEn.assign(wl.out("sl_en"));
        colSel.assign(cols.out("sel"));
        layerOut.assign(layer);
        sampleOut.assign(ctrl.out("sample"));
        dac.assign(adc.out("dac"));
        adcBusy.assign(adc.out("busy"));
        busy.assign(ctrl.out("busy"));
        done.assign(ctrl.out("done"));
        pred.assign(uu.out("pred"));
        up.assign(uu.out("u_p"));
        ua.assign(uu.out("u_a"));
        ue.assign(uu.out("u_e"));
    }

    public PeripheryConfig config() { return config; }
}
