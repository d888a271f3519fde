package memcim.wpo;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * A local, derivative-free polish inside the unit box from a starting point (Powell's BOBYQA, commons-math3): what
 * scipy's differential evolution does after its last generation, here because a population-based search narrows on
 * an optimum slowly and the cost is smooth between the kinks where a cell meets the end of its range.
 */
final class BoundedPolish {
    /** The trust region's first radius and the one it stops at, in unit-box coordinates. */
    static final double START_RADIUS = 0.1, STOP_RADIUS = 1e-5;

    private BoundedPolish() {}

    /** The best point seen and its cost: never worse than the start, also when the evaluation budget runs out. */
    record Polished(double[] point, double cost, int evaluations) {}

    static Polished polish(ToDoubleFunction<double[]> cost, double[] start, int maxEvaluations) {
        int n = start.length;
        double[] best = start.clone();
        double[] bestCost = {cost.applyAsDouble(best)};
        int[] evaluations = {1};
        if (n < 2 || maxEvaluations < 2) return new Polished(best, bestCost[0], evaluations[0]);
        double[] lower = new double[n], upper = new double[n];
        Arrays.fill(upper, 1);
        try {
            new BOBYQAOptimizer(2 * n + 1, START_RADIUS, STOP_RADIUS).optimize(new MaxEval(maxEvaluations),
                    new ObjectiveFunction(x -> {
                        double[] y = new double[n];
                        for (int j = 0; j < n; j++) y[j] = Math.max(0, Math.min(1, x[j]));   // rounding at the bounds
                        double c = cost.applyAsDouble(y);
                        evaluations[0]++;
                        if (c < bestCost[0]) {
                            bestCost[0] = c;
                            System.arraycopy(y, 0, best, 0, n);
                        }
                        return c;
                    }), GoalType.MINIMIZE, new InitialGuess(clamp(start)), new SimpleBounds(lower, upper));
        } catch (TooManyEvaluationsException budgetSpent) {
            // the best point seen stands
        }
        return new Polished(best, bestCost[0], evaluations[0]);
    }

    private static double[] clamp(double[] x) {
        // BOBYQA moves a start within START_RADIUS of a bound onto it; a start on the bound stays
        double[] y = x.clone();
        for (int j = 0; j < y.length; j++) y[j] = Math.max(0, Math.min(1, y[j]));
        return y;
    }
}
