package memcim.networks;

/** What {@link TrainingLoop} needs of a run's settings: epochs, mini-batch size, the optimiser and its rate. */
public record LoopSettings(int epochs, int batchSize, double learningRate, String optimiser) {}
