package memcim.hdl.verify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import memcim.hdl.Expr;
import memcim.hdl.Names;
import memcim.hdl.Port;

/**
 * Seeded input vectors for a testbench: reset asserted in cycle 0 (and rarely later), every other input
 * uniformly random with corner values (0, all ones, signed extremes, 1) mixed in, unless a port has its own
 * rule (for example a {@code start} pulse that must be rare for a conversion to finish).
 */
public final class Stimulus {
    /** A rule for one input port. */
    @FunctionalInterface
    public interface Rule {
        long value(int cycle, SplittableRandom random);
    }

    private final long seed;
    private final Map<String, Rule> rules = new HashMap<>();
    private double resetProbability = 0.005;

    public Stimulus(long seed) { this.seed = seed; }

    public long seed() { return seed; }

    /** Port {@code name} follows {@code rule} instead of the default. */
    public Stimulus port(String name, Rule rule) {
        rules.put(name, rule);
        return this;
    }

    /** Port {@code name} is 1 with probability {@code p} each cycle. */
    public Stimulus pulse(String name, double p) { return port(name, (c, r) -> r.nextDouble() < p ? 1 : 0); }

    public Stimulus resetProbability(double p) {
        resetProbability = p;
        return this;
    }

    /** The values of {@code inputs} (in order) for every cycle. */
    long[][] vectors(List<Port> inputs, int cycles) {
        SplittableRandom random = new SplittableRandom(seed);
        long[][] v = new long[cycles][inputs.size()];
        for (int c = 0; c < cycles; c++) {
            for (int i = 0; i < inputs.size(); i++) {
                Port p = inputs.get(i);
                long value;
                if (p.name().equals(Names.RESET)) value = c == 0 || random.nextDouble() < resetProbability ? 1 : 0;
                else if (rules.containsKey(p.name())) value = rules.get(p.name()).value(c, random);
                else value = randomValue(p, random);
                v[c][i] = value & Expr.mask(p.width());
            }
        }
        return v;
    }

    private static long randomValue(Port p, SplittableRandom r) {
        long mask = Expr.mask(p.width());
        if (r.nextDouble() < 0.2) {
            long[] corners = {0, mask, 1, mask >>> 1, (mask >>> 1) + 1};
            return corners[r.nextInt(corners.length)] & mask;
        }
        return r.nextLong() & mask;
    }
}
