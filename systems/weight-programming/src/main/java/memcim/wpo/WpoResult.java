package memcim.wpo;

import java.util.List;
import java.util.Map;

/**
 * The figures of a weight-programming run, as {@code --json} prints them and {@code report.json} holds them. Weight
 * errors are time-resolved normalised mean squared errors (÷ the layer's largest |w|²), scored on fresh draws after the
 * search (not the draws the search fitted), {@link WpoSettings#VALIDATION_REPETITIONS} programmings.
 */
public record WpoResult(String device, String network, String dataSource, double softwareAccuracy, List<String> times,
                        double[] timesSeconds, String compensation, List<Strategy> strategies, Errors naive, Errors optimised,
                        Double weightErrorReductionAt1s, Double weightErrorReductionAt1Month, double F,
                        Map<String, Map<String, Accuracy>> accuracy, Search search, List<DeviceRanking> comparison,
                        Boolean rankingsDiffer, Conventional conventional, SpiceCrossCheck.Result spice, Published published,
                        double seconds) {

    /** One strategy: its F, scale, the cost the search saw, the validated error per time and its mean, accuracy per time. */
    public record Strategy(String name, String description, double F, double scaleSiemensPerUnit, double fill,
                           double fittedCost, double[] weightError, double weightErrorMean, double[] accuracyMean,
                           double[] accuracySd, double[] levelWeights, double[][] levelMicroSiemens) {}

    /** A strategy's validated weight error per time and their mean. */
    public record Errors(String strategy, double[] weightError, double mean) {}

    public record Accuracy(double mean, double sd) {}

    /** The differential evolution's record and the polish after it. */
    public record Search(int dimensions, int popsize, int generations, long evaluations, boolean converged,
                         double costBeforePolish, int polishEvaluations, double cost, double seconds) {}

    /** One card: the best naive split's and the optimised functions' time-averaged error, and the reduction. */
    public record DeviceRanking(String device, String bestNaive, double naiveError, double optimisedError, double reduction,
                                double F) {}

    /**
     * The naive splits at the conventional F = {@value WpoRun#CONVENTIONAL_F} (the paper's optimum), only their scale
     * searched: the baseline "the same scale search" gives, with the optimised functions' reduction against its best.
     */
    public record Conventional(String bestStrategy, double[] weightError, double mean, Double reductionAt1s, Double reductionAt1Month) {}

    /** The paper's figures as other-systems.md gives them (a secondary source). */
    public record Published(double reductionAt1s, double reductionAt1Month, double F, String source) {}
}
