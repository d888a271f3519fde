package memcim.bnn;

import java.util.LinkedHashMap;
import java.util.Map;
import memcim.data.ecg.BeatSet;
import memcim.device.DeviceCard;
import memcim.device.DeviceModel;

/**
 * The three networks of the comparison on one test split: the software BNN (M weight draws from q),
 * the conventional network (one network: its epistemic uncertainty is zero by construction, so its
 * epistemic AUROC is exactly 0.5), and the programmed BNN (M conductance draws through the device model).
 */
public final class ModelEvaluation {
    private ModelEvaluation() {}

    public static ProgrammedNetwork program(ModelFile model, DeviceCard card, int samples, long seed) {
        return ProgrammedNetwork.program(model.shape(), model.mapping(), new DeviceModel(card), samples, seed,
                ProgrammedNetwork.DEFAULT_READ_VOLTS);
    }

    /** Keys {@code software}, {@code conventional}, {@code programmed}, in that order. */
    public static Map<String, Metrics> evaluate(ModelFile model, DeviceCard card, BeatSet test, int samples, long seed) {
        Map<String, Metrics> out = new LinkedHashMap<>();
        out.put("software", Evaluator.evaluate(WeightSamples.draw(model.network(), samples, seed), test));
        out.put("conventional", Evaluator.evaluate(WeightSamples.single(model.shape(), model.conventionalWeights()), test));
        out.put("programmed", Evaluator.evaluate(program(model, card, samples, seed + 1), test));
        return out;
    }
}
