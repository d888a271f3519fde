package memcim.hdl.periphery;

import memcim.hdl.Expr;
import memcim.hdl.Fsm;
import memcim.hdl.Input;
import memcim.hdl.Module;
import memcim.hdl.Output;
import memcim.hdl.Params;
import memcim.hdl.Reg;

/**
 * The controller of one inference: for each of M samples, for layer 1 then layer 2, for each output neuron,
 * for each input bit phase, it converts the G⁺ column then the G⁻ column with the SAR ADC and accumulates
 * their difference; after the last phase of a neuron it commits the neuron (layer 1: ReLU into the layer-2
 * sequencer; layer 2: logit into the softmax); after layer 2 it runs the softmax/entropy of the sample; after
 * the last sample, the uncertainty unit.
 *
 * <p>Ports in: {@code start}, {@code adc_done}, {@code sm_done}, {@code uu_done}. Out (all combinational from
 * the state): {@code busy}, {@code done} (pulse); position {@code sample}, {@code layer}, {@code neuron} (5),
 * {@code phase} (2), {@code polarity} (0 = G⁺ column, 1 = G⁻); strobes {@code read_en} (word lines driven:
 * while a conversion runs), {@code adc_start}, {@code capture_pos} (hold the G⁺ code), {@code acc_clear},
 * {@code acc_valid} (shift-add step), {@code neuron_done}, {@code sm_start}, {@code uu_start},
 * {@code sacc_clear}.
 *
 * <p>Timing: per conversion 1 start cycle + the ADC's N+1; per phase 2 conversions + 1 accumulate cycle; per
 * neuron 1 + 3 phases + 1; published as {@link #timing}.
 */
public final class InferenceController extends Module {
    public InferenceController(int hidden, int classes, int samples, int bits) {
        super("inference_ctrl", Params.of("H", hidden, "C", classes, "M", samples, "B", bits));
        Bits.require(hidden >= 2 && hidden <= 16 && classes >= 2 && classes <= 15 && samples >= 1 && samples <= 255
                && bits >= 1 && bits <= 3, "controller", "2..16 hidden, 2..15 classes, 1..255 samples, 1..3 bits",
                hidden + "/" + classes + "/" + samples + "/" + bits);
        int sb = Bits.forCount(samples);
        Input start = input("start", 1);
        Input adcDone = input("adc_done", 1);
        Input smDone = input("sm_done", 1);
        Input uuDone = input("uu_done", 1);
        Output busy = output("busy", 1);
        Output done = output("done", 1);
        Output sampleOut = output("sample", sb);
        Output layerOut = output("layer", 1);
        Output neuronOut = output("neuron", 5);
        Output phaseOut = output("phase", 2);
        Output polarity = output("polarity", 1);
        Output readEn = output("read_en", 1);
        Output adcStart = output("adc_start", 1);
        Output capturePos = output("capture_pos", 1);
        Output accClear = output("acc_clear", 1);
        Output accValid = output("acc_valid", 1);
        Output neuronDone = output("neuron_done", 1);
        Output smStart = output("sm_start", 1);
        Output uuStart = output("uu_start", 1);
        Output saccClear = output("sacc_clear", 1);

        Fsm f = fsm("state", "IDLE", "INIT", "NSTART", "POS_START", "POS_WAIT", "NEG_START", "NEG_WAIT", "ACCUM",
                "NEND", "SM_START", "SM_WAIT", "UU_START", "UU_WAIT", "DONE");
        Reg sample = reg("sample_q", sb);
        Reg layer = reg("layer_q", 1);
        Reg neuron = reg("neuron_q", 5);
        Reg phase = reg("phase_q", 2);

        Expr lastPhase = phase.eq(bits - 1);
        Expr lastNeuron = layer.select(neuron.eq(classes - 1), neuron.eq(hidden - 1));
        Expr lastSample = sample.eq(samples - 1);
        Expr nend = f.in("NEND");
        Expr smWaitDone = f.in("SM_WAIT").and(smDone);

        f.go("IDLE", "INIT", start);
        f.go("INIT", "NSTART");
        f.go("NSTART", "POS_START");
        f.go("POS_START", "POS_WAIT");
        f.go("POS_WAIT", "NEG_START", adcDone);
        f.go("NEG_START", "NEG_WAIT");
        f.go("NEG_WAIT", "ACCUM", adcDone);
        f.go("ACCUM", "POS_START", lastPhase.not());
        f.go("ACCUM", "NEND", lastPhase);
        f.go("NEND", "NSTART", lastNeuron.not().or(layer.not()));
        f.go("NEND", "SM_START", lastNeuron.and(layer));
        f.go("SM_START", "SM_WAIT");
        f.go("SM_WAIT", "NSTART", smDone.and(lastSample.not()));
        f.go("SM_WAIT", "UU_START", smDone.and(lastSample));
        f.go("UU_START", "UU_WAIT");
        f.go("UU_WAIT", "DONE", uuDone);
        f.go("DONE", "IDLE");

        sample.next(lit(0, sb).when(f.in("INIT")));
        sample.next(sample.plus(1).when(smWaitDone.and(lastSample.not())));
        layer.next(lit(0, 1).when(f.in("INIT").or(smWaitDone)));
        layer.next(lit(1, 1).when(nend.and(lastNeuron).and(layer.not())));
        neuron.next(lit(0, 5).when(f.in("INIT").or(smWaitDone).or(nend.and(lastNeuron))));
        neuron.next(neuron.plus(1).when(nend.and(lastNeuron.not())));
        phase.next(lit(0, 2).when(f.in("NSTART")));
        phase.next(phase.plus(1).when(f.in("ACCUM").and(lastPhase.not())));

        Expr negative = f.in("NEG_START").or(f.in("NEG_WAIT"));
        busy.assign(f.in("IDLE").not());
        done.assign(f.in("DONE"));
        sampleOut.assign(sample);
        layerOut.assign(layer);
        neuronOut.assign(neuron);
        phaseOut.assign(phase);
        polarity.assign(negative);
        readEn.assign(f.in("POS_START").or(f.in("POS_WAIT")).or(negative));
        adcStart.assign(f.in("POS_START").or(f.in("NEG_START")));
        capturePos.assign(f.in("POS_WAIT").and(adcDone));
        accClear.assign(f.in("NSTART"));
        accValid.assign(f.in("ACCUM"));
        neuronDone.assign(nend);
        smStart.assign(f.in("SM_START"));
        uuStart.assign(f.in("UU_START"));
        saccClear.assign(f.in("INIT"));
    }

    /** This controller's timing with an N-bit ADC, its softmax and uncertainty unit for {@code classes}. */
    public static Timing timing(int hidden, int classes, int samples, int bits, int adcBits) {
        return new Timing(SarAdcLogic.cycles(adcBits), bits, SoftmaxEntropy.cycles(classes),
                UncertaintyUnit.cycles(classes), hidden + classes, samples);
    }
}
