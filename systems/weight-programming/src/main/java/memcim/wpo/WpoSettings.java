package memcim.wpo;

import java.nio.file.Path;
import java.util.List;
import memcim.core.InputException;
import memcim.core.TimeSinceProgramming;
import memcim.core.optimise.DifferentialEvolution;
import memcim.device.DeviceCard;
import memcim.mapping.DriftCompensation;

/**
 * One weight-programming run: the card optimised for and the one compared with (null: none), the network and its data
 * ({@code mnistDir} null: Fashion-MNIST), the times after programming, the translation functions' levels, the search,
 * the cost's targets, the accuracy runs' programmings, the compensation, the wires and tiles, the seed.
 */
public record WpoSettings(DeviceCard card, DeviceCard compareCard, WpoNetwork network, Path mnistDir,
                          List<TimeSinceProgramming> times, int levels, DifferentialEvolution.Settings search, int targets,
                          int repetitions, DriftCompensation compensation, double wireOhms, int tile, long seed) {
    public static final int DEFAULT_LEVELS = 6, DEFAULT_TARGETS = 1024, DEFAULT_REPETITIONS = 25, DEFAULT_TILE = 128;
    /** Generations of the search by default: the population starts at the baselines and the polish finishes. */
    public static final int DEFAULT_GENERATIONS = 100;
    /**
     * Programmings the search's cost averages: one alone lets the search fit its own noise (a gain of 0.1 % on its draws
     * came out 0.3 % worse on fresh ones on pcm), two halve that noise.
     */
    public static final int SEARCH_REPETITIONS = 2;
    /** Repetitions of the fresh-draw weight error every strategy is scored on after the search. */
    public static final int VALIDATION_REPETITIONS = 4;

    public WpoSettings {
        times = List.copyOf(times);
        if (times.isEmpty()) throw new InputException("--times", "at least one time", "none");
        if (levels < 2 || levels > 32) throw new InputException("--levels", "2 to 32", String.valueOf(levels));
        if (targets < 32) throw new InputException("--targets", ">= 32", String.valueOf(targets));
        if (repetitions < 1) throw new InputException("--repetitions", ">= 1", String.valueOf(repetitions));
    }

    public static WpoSettings defaults(DeviceCard card, DeviceCard compare, WpoNetwork network) {
        return new WpoSettings(card, compare, network, null, TimeSinceProgramming.STANDARD, DEFAULT_LEVELS,
                DifferentialEvolution.Settings.defaults().withMaxGenerations(DEFAULT_GENERATIONS), DEFAULT_TARGETS,
                DEFAULT_REPETITIONS, DriftCompensation.GLOBAL, 1.0, DEFAULT_TILE, 1);
    }
}
