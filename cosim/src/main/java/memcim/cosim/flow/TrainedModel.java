package memcim.cosim.flow;

import java.nio.file.Path;
import memcim.bnn.BayesianNetwork;
import memcim.bnn.TrainingSettings;
import memcim.bnn.data.DatasetFiles;
import memcim.bnn.data.EcgDataset;
import memcim.core.Json;

/**
 * A trained model directory as the demo writes it and {@code memcim cosim --model DIR} reads it: the network
 * ({@code network.json}: shape, μ, σ), the training settings ({@code training.json}) and the data set it was
 * trained on ({@code dataset/}, the bnn module's format).
 */
public record TrainedModel(BayesianNetwork network, TrainingSettings settings, EcgDataset dataset) {
    public static final String NETWORK = "network.json";
    public static final String SETTINGS = "training.json";
    public static final String DATASET = "dataset";

    public void save(Path dir) {
        Json.writeFile(dir.resolve(NETWORK), network);
        Json.writeFile(dir.resolve(SETTINGS), settings);
        DatasetFiles.write(dir.resolve(DATASET), dataset);
    }

    public static TrainedModel load(Path dir) {
        return new TrainedModel(Json.read(dir.resolve(NETWORK), BayesianNetwork.class),
                Json.read(dir.resolve(SETTINGS), TrainingSettings.class), DatasetFiles.read(dir.resolve(DATASET)));
    }
}
