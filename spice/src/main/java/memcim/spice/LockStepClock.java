package memcim.spice;

import com.sun.jna.Pointer;
import java.util.ArrayList;
import java.util.List;

/**
 * The lock-step logic behind ngspice's sync callback. At location 0 (before a step) ngspice's step
 * {@code *delta} is shortened so that {@code time + delta} is exactly the next requested instant.
 * The listener is called when the point on that instant has been accepted and its values sent:
 * ngspice calls location 1 of a step <em>before</em> it outputs that step's values (seen here: the
 * latest data at location 1 is the previous point's), so the call comes from the data callback of the
 * same point, which ngspice makes right after location 1 and before it computes the next step. What
 * the listener changes in the EXTERNAL sources therefore applies from the next step on.
 */
final class LockStepClock {
    private final double[] instants;
    private final LockStepListener listener;
    private final NgSpice engine;
    private final List<Double> late = new ArrayList<>();
    private int next;

    LockStepClock(double[] instantsSeconds, LockStepListener listener, NgSpice engine) {
        for (int i = 0; i < instantsSeconds.length; i++) {
            double t = instantsSeconds[i];
            if (!Double.isFinite(t) || t < 0 || (i > 0 && t <= instantsSeconds[i - 1])) {
                throw new SpiceException("lock-step instants: expected finite, non-negative, strictly increasing times, found "
                        + t + " at index " + i);
            }
        }
        this.instants = instantsSeconds.clone();
        this.listener = listener;
        this.engine = engine;
    }

    /** Tolerance for "on the instant": far below any time step ngspice takes, far above rounding. */
    private static double tolerance(double instant) {
        return Math.max(1e-21, Math.abs(instant) * 1e-9);
    }

    /** ngspice's sync callback: shortens the coming step to land on the next instant. */
    void sync(double time, Pointer delta, int location) {
        if (location == 0 && next < instants.length) {
            double target = instants[next];
            double step = delta.getDouble(0);
            if (time + step > target) delta.setDouble(0, target - time);
        }
    }

    /** An accepted point at {@code time} whose values are now the latest: fire every instant reached. */
    void pointAccepted(double time) {
        while (next < instants.length && time >= instants[next] - tolerance(instants[next])) {
            double instant = instants[next];
            if (time > instant + tolerance(instant)) late.add(instant);
            next++;
            listener.atInstant(instant, engine);
        }
    }

    int reached() { return next; }

    List<Double> lateInstants() { return late; }
}
