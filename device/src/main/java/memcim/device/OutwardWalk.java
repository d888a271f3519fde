package memcim.device;

/**
 * The positions of an ascending array in order of growing distance from a value m: the nearest first, then
 * alternately left and right, so that a search can stop at the first distance beyond its reach.
 */
final class OutwardWalk {
    private final double[] xs;
    private final double m;
    private int left;
    private int right;
    private double distance;

    OutwardWalk(double[] ascending, double m) {
        this.xs = ascending;
        this.m = m;
        int lo = 0, hi = ascending.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ascending[mid] < m) lo = mid + 1; else hi = mid;
        }
        right = lo;
        left = lo - 1;
    }

    boolean hasNext() {
        return left >= 0 || right < xs.length;
    }

    /** The next position; {@link #distance()} is then |xs[position] − m|. */
    int next() {
        double dl = left >= 0 ? m - xs[left] : Double.POSITIVE_INFINITY;
        double dr = right < xs.length ? xs[right] - m : Double.POSITIVE_INFINITY;
        if (dl <= dr) {
            distance = dl;
            return left--;
        }
        distance = dr;
        return right++;
    }

    double distance() {
        return distance;
    }
}
