package memcim.bnn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import memcim.core.TimeSinceProgramming;
import memcim.data.ecg.BeatSet;
import memcim.device.DeviceCard;
import memcim.device.DeviceModel;
import memcim.networks.Evaluator;
import memcim.networks.Metrics;
import memcim.networks.WeightSamples;

/**
 * The three networks of the comparison on one test split: the software BNN (M weight draws from q),
 * the conventional network (one network: its epistemic uncertainty is zero by construction, so its
 * epistemic AUROC is exactly 0.5), and the programmed BNN (M conductance draws through the device model).
 */
public final class ModelEvaluation {
    private ModelEvaluation() {}

    public static ProgrammedNetwork program(ModelFile model, DeviceCard card, int samples, long seed) {
        return programCells(model, card, samples, seed).atProgramming();
    }

    /** The programmed BNN in time: the same cells {@link #program} returns as programmed. */
    public static ProgrammedCells programCells(ModelFile model, DeviceCard card, int samples, long seed) {
        return ProgrammedCells.program(model.shape(), model.mapping(), new DeviceModel(card), samples, seed,
                ProgrammedNetwork.DEFAULT_READ_VOLTS);
    }

    /** The programmed BNN read at one time since programming. */
    public record AtTime(String time, double seconds, Metrics programmed) {}

    /**
     * The programmed BNN of {@link #evaluate} (same seed, same cells) read at each time since programming: every
     * cell drifts along its own trajectory, and each time's read noise comes from the one read seed, so the
     * differences between times are the drift's (common random numbers).
     */
    public static List<AtTime> overTime(ModelFile model, DeviceCard card, BeatSet test, int samples, long seed,
                                        List<TimeSinceProgramming> times) {
        ProgrammedCells cells = programCells(model, card, samples, seed + 1);
        List<AtTime> out = new ArrayList<>();
        for (TimeSinceProgramming t : times)
            out.add(new AtTime(t.label(), t.seconds(), Evaluator.evaluate(cells.readAt(t.seconds(), seed + 2), test)));
        return out;
    }

    /** Keys {@code software}, {@code conventional}, {@code programmed}, in that order. */
    public static Map<String, Metrics> evaluate(ModelFile model, DeviceCard card, BeatSet test, int samples, long seed) {
        Map<String, Metrics> out = new LinkedHashMap<>();
        out.put("software", Evaluator.evaluate(model.ensemble().draw(samples, seed), test));
        out.put("conventional", Evaluator.evaluate(WeightSamples.single(model.shape(), model.conventionalWeights()), test));
        out.put("programmed", Evaluator.evaluate(program(model, card, samples, seed + 1), test));
        return out;
    }
}
