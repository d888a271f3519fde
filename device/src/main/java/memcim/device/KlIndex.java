package memcim.device;

import java.util.Arrays;

/**
 * Exact nearest-point search under KL(N(μ, σ) ‖ N(p.μ, p.σ)), for many queries against one fixed point set.
 *
 * <p>Points are split by σ into bins of equal size, each sorted by μ. Up to a constant of the query, a point costs
 * c(p) = ln σp + (σ² + Δμ²)/(2σp²). Within a bin whose σp lie in [lo, hi], every point at |Δμ| = d costs at least
 * min over σp in [lo, hi] of that expression, which grows with d. A query visits bins from the one with the lowest
 * bound at d = 0, and in each bin walks outwards from its μ only as far as that bound still allows a point to beat
 * the best found; a bin whose bound at d = 0 already loses is skipped, and so are all after it. Narrow bins make the
 * bound tight, so a query looks at a handful of points instead of all of them. Immutable, thread-safe.
 */
final class KlIndex {
    private static final class Bin {
        final double lo, hi, logLo, logHi;
        final double[] mu, logSigma, halfInvVar;
        final int[] id;

        Bin(int[] members, double[] mu, double[] sigma) {
            int n = members.length;
            this.mu = new double[n];
            this.logSigma = new double[n];
            this.halfInvVar = new double[n];
            this.id = members;
            double l = Double.POSITIVE_INFINITY, h = 0;
            for (int k = 0; k < n; k++) {
                int i = members[k];
                this.mu[k] = mu[i];
                this.logSigma[k] = Math.log(sigma[i]);
                this.halfInvVar[k] = 1 / (2 * sigma[i] * sigma[i]);
                l = Math.min(l, sigma[i]);
                h = Math.max(h, sigma[i]);
            }
            lo = l;
            hi = h;
            logLo = Math.log(l);
            logHi = Math.log(h);
        }

        /** Lowest cost any point of the bin can have at Δμ² = d2 (query variance a0). */
        double bound(double a0, double d2, double halfLogA0IfUnclamped) {
            double a = a0 + d2;
            if (a <= lo * lo) return logLo + a / (2 * lo * lo);
            if (a >= hi * hi) return logHi + a / (2 * hi * hi);
            return (d2 == 0 ? halfLogA0IfUnclamped : 0.5 * Math.log(a)) + 0.5;
        }

        /** Largest Δμ² at which a point of this bin could still cost less than {@code best}. */
        double reachSquared(double a0, double best) {
            double a = Math.exp(2 * best - 1);
            if (a < lo * lo) a = 2 * lo * lo * (best - logLo);
            else if (a > hi * hi) a = 2 * hi * hi * (best - logHi);
            return (a - a0) + 1e-12 * Math.abs(a); // margin: the subtraction may cancel
        }
    }

    private final Bin[] bins;

    /** @param mu, sigma the points (any order); the index answers with positions in these arrays */
    KlIndex(double[] mu, double[] sigma) {
        int n = mu.length;
        Integer[] bySigma = new Integer[n];
        for (int i = 0; i < n; i++) bySigma[i] = i;
        Arrays.sort(bySigma, (a, b) -> Double.compare(sigma[a], sigma[b]));
        // few bins: enough to tighten the bound (4,096 pair points: 29 → 9 points tried per query), not so many that
        // visiting them costs more than it saves (16 bins: 7 points, but 4 bins visited per query)
        int count = Math.max(1, Math.min(16, (int) Math.round(Math.sqrt(n) / 16)));
        bins = new Bin[count];
        for (int b = 0; b < count; b++) {
            int from = (int) ((long) n * b / count), to = (int) ((long) n * (b + 1) / count);
            int[] members = new int[to - from];
            for (int k = from; k < to; k++) members[k - from] = bySigma[k];
            // sort the bin by μ (then position, for a deterministic order)
            Integer[] boxed = Arrays.stream(members).boxed().toArray(Integer[]::new);
            Arrays.sort(boxed, (x, y) -> mu[x] != mu[y] ? Double.compare(mu[x], mu[y]) : Integer.compare(x, y));
            bins[b] = new Bin(Arrays.stream(boxed).mapToInt(Integer::intValue).toArray(), mu, sigma);
        }
    }

    /** Position of the point minimising KL(N(m, s) ‖ N(p.μ, p.σ)); s ≥ 0. */
    int nearest(double m, double s) {
        double a0 = s * s;
        double halfLogA0 = s > 0 ? Math.log(s) : Double.NEGATIVE_INFINITY;
        int nb = bins.length;
        double[] lb = new double[nb];
        int[] order = new int[nb];
        for (int b = 0; b < nb; b++) {
            lb[b] = bins[b].bound(a0, 0, halfLogA0);
            int k = b;
            while (k > 0 && lb[order[k - 1]] > lb[b]) {
                order[k] = order[k - 1];
                k--;
            }
            order[k] = b;
        }
        double best = Double.POSITIVE_INFINITY;
        int bestId = -1;
        for (int o = 0; o < nb; o++) {
            Bin bin = bins[order[o]];
            if (lb[order[o]] >= best) break;
            double reach = bestId < 0 ? Double.POSITIVE_INFINITY : bin.reachSquared(a0, best);
            OutwardWalk walk = new OutwardWalk(bin.mu, m);
            while (walk.hasNext()) {
                int k = walk.next();
                double d2 = walk.distance() * walk.distance();
                if (d2 > reach) break;
                double c = bin.logSigma[k] + (a0 + d2) * bin.halfInvVar[k];
                if (c < best) {
                    best = c;
                    bestId = bin.id[k];
                    reach = bin.reachSquared(a0, best);
                }
            }
        }
        return bestId;
    }
}
