package memcim.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import memcim.core.ErrorLine;
import memcim.core.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The range of every size, count and number option of every command, and which options need or exclude others,
 * declared on the option's field ({@link Count}, {@link Real}, {@link Only}) and checked in one place,
 * {@link #check}, which {@link Main} runs after parsing and before any command starts work (docs/errors.md,
 * "Options"). An option out of range ends with one line naming the option as the user typed it:
 * {@code memcim device domain: error: -n: expected an integer from 2 to 1024, found 100000}.
 *
 * <p>The limits are what a 4 GiB heap serves (and, for the long benchmarks, what finishes in hours, not years);
 * each option's --help text states its range (a test holds the two to each other).
 */
final class Bounds {
    private Bounds() {}

    /** An integer option (int, long, Integer, Long or int[]: every element) in [min, max]. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    @interface Count {
        long min() default 1;

        long max();
    }

    /** A number option in [min, max] (or (min, max] with {@code above}); NaN never, Infinity only with {@code infinity}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    @interface Real {
        double min();

        double max();

        boolean above() default false;

        boolean infinity() default false;
    }

    /** An option that, when given, needs the options {@code with} and must not come with the options {@code without}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    @interface Only {
        String[] with() default {};

        String[] without() default {};

        /** Why, as the error line says it, e.g. "it limits the beats read from WFDB records". */
        String why();
    }

    /** Samples M of a chip: the controller's and the uncertainty unit's 8-bit sample counter. */
    static final long CHIP_SAMPLES = 255;
    /** ADC resolution: the hdl softmax takes 8-bit logits (the chip spec's own check narrows it by activation bits). */
    static final long ADC_BITS_MIN = 2, ADC_BITS_MAX = 12;
    /** Synthetic ECG beats: at least 5 per trained class; 100 000 beats take about 50 s and 1 GB. */
    static final long BEATS_MIN = 45, BEATS_MAX = 100_000;
    /** Test beats through a co-simulated chip. */
    static final long TEST_BEATS = 100_000;
    /** Lock-step beats: about a minute of ngspice transients per beat and sample. */
    static final long LOCKSTEP_BEATS = 1_000;
    /** Training epochs: about 0.2 s each on the default data, 10 000 are more than half an hour. */
    static final long EPOCHS = 10_000;
    /** Weights of a trained network (--layers): 76 000 take about 25 s an epoch, 1 M weights about 6 min and 1 GB. */
    static final long WEIGHTS = 1L << 20;
    /** Compliance conditions per cell: a pair domain has n^2 points, 1024^2 = 1 M points take 1.2 GB and 90 MB of CSV. */
    static final long CONDITIONS_MIN = 2, CONDITIONS_MAX = 1024;
    /** Nearest-point bench: brute force tries all n^2 points per query. */
    static final long NEAREST_CONDITIONS = 256;
    /** Queries of the nearest-point bench: 24 bytes each, 10 M = 240 MB. */
    static final long QUERIES = 10_000_000;
    /** Draws per condition in device draw: two doubles each, 10 M = 160 MB and about a minute. */
    static final long DRAWS_MIN = 2, DRAWS_MAX = 10_000_000;
    /** Network samples M of a software evaluation (the chip's limit is 255). */
    static final long EVALUATE_SAMPLES = 1_000;
    /** Samples M times the model's weights in evaluate: 2^26 doubles are 512 MB a copy (software, programmed, read). */
    static final long SAMPLED_WEIGHTS = 1L << 26;
    /** Crossbar side (rows, columns) of generated arrays: memcim.netlist.crossbar.CrossbarRecipe.MAX_SIDE. */
    static final long SIDE = 1024;
    /** Side of the array-solver bench: the banded factor takes 2n^2 (2n+1) doubles, 256 -> 540 MB. */
    static final long SOLVER_SIDE = 256;
    /** Data-set vectors of the array-solver bench: 256 doubles each at the largest side, 250 000 -> 512 MB. */
    static final long SOLVER_VECTORS = 250_000;
    /** Input vectors of the array bench (fast model and SPICE): two vectors of 1024 doubles each at the largest side. */
    static final long ARRAY_VECTORS = 10_000;
    /** SPICE vectors of the array bench above 64x64 (minutes per read at 1024x1024). */
    static final long LARGE_SPICE_VECTORS = 1_000;
    /** Timed reads of the array-solver bench. */
    static final long READS = 100_000;
    /** Solves of the SPICE bench: a fresh ngspice -b each, 100 000 are about half an hour. */
    static final long SOLVES = 100_000;
    /** Cycles of the hdl bench: about 10^6 cycles/s interpreted, 10^9 about a quarter of an hour. */
    static final long CYCLES = 1_000_000_000;
    /** Cycles recorded in a VCD: about 260 bytes a cycle, 10^6 cycles = 260 MB. */
    static final long VCD_CYCLES = 1_000_000;
    /** Seconds a deck may run in its worker: one day. */
    static final long TIMEOUT_SECONDS = 86_400;

    /** The largest evaluate --samples for a model of {@code weights} weights: M x weights at most {@link #SAMPLED_WEIGHTS}. */
    static long maxSamples(long weights) {
        return Math.min(EVALUATE_SAMPLES, Math.max(1, SAMPLED_WEIGHTS / Math.max(1, weights)));
    }

    /** Checks every option of the command line's commands (given or defaulted); throws the first violation. */
    static void check(ParseResult parsed) {
        List<String> args = parsed.originalArgs();
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            CommandLine cl = p.commandSpec().commandLine();
            for (OptionSpec o : p.commandSpec().options()) {
                Field f = field(o);
                if (f == null) continue;
                Object v = o.getValue();
                Count count = f.getAnnotation(Count.class);
                if (count != null && v != null) {
                    for (long x : integers(v)) {
                        if (x < count.min() || x > count.max()) throw bad(cl, o, args, expected(count), String.valueOf(x));
                    }
                }
                Real real = f.getAnnotation(Real.class);
                if (real != null && v != null) {
                    double x = ((Number) v).doubleValue();
                    if (!within(real, x)) throw bad(cl, o, args, expected(real), typed(o, x));
                }
                Only only = f.getAnnotation(Only.class);
                if (only != null && p.hasMatchedOption(o)) {
                    for (String w : only.with()) {
                        if (!p.hasMatchedOption(w)) {
                            throw bad(cl, o, args, w + " beside it (" + only.why() + ")", name(o, args) + " without " + w);
                        }
                    }
                    for (String w : only.without()) {
                        if (p.hasMatchedOption(w)) {
                            throw bad(cl, o, args, "no " + w + " beside it (" + only.why() + ")", name(o, args) + " with " + w);
                        }
                    }
                }
            }
        }
    }

    /** What an option with a range expects, e.g. "an integer from 2 to 1024"; null for an option without one. */
    static String expected(ArgSpec arg) {
        Field f = field(arg);
        if (f == null) return null;
        Count count = f.getAnnotation(Count.class);
        if (count != null) return expected(count);
        Real real = f.getAnnotation(Real.class);
        return real != null ? expected(real) : null;
    }

    static String expected(Count c) {
        return "an integer from " + range(c);
    }

    static String expected(Real r) {
        return "a number " + range(r);
    }

    /** The range as --help states it: "2 to 1024". */
    static String range(Count c) {
        return c.min() + " to " + c.max();
    }

    /** The range as --help states it: "from 0 to 1e6", "above 0, at most 5", "... or Infinity". */
    static String range(Real r) {
        String s = r.above() ? "above " + number(r.min()) + ", at most " + number(r.max())
                : "from " + number(r.min()) + " to " + number(r.max());
        return r.infinity() ? s + ", or Infinity" : s;
    }

    static boolean within(Real r, double x) {
        if (x == Double.POSITIVE_INFINITY && r.infinity()) return true;
        if (Double.isNaN(x) || Double.isInfinite(x)) return false;
        return (r.above() ? x > r.min() : x >= r.min()) && x <= r.max();
    }

    /** A limit as people write it: 1000000, 0.05, 1e-6. */
    static String number(double x) {
        BigDecimal d = BigDecimal.valueOf(x).stripTrailingZeros();
        int digits = d.precision() - d.scale(); // digits before the decimal point (negative: zeros after it)
        if (d.signum() == 0 || (digits <= 7 && digits > -2)) return d.toPlainString();
        String u = d.unscaledValue().abs().toString();
        String mantissa = u.length() == 1 ? u : u.charAt(0) + "." + u.substring(1);
        return (d.signum() < 0 ? "-" : "") + mantissa + "e" + (digits - 1);
    }

    /** The option's name as the user typed it (-n or --conditions), else its longest name. */
    static String name(OptionSpec o, List<String> args) {
        String typed = null;
        for (String a : args) {
            if ("--".equals(a)) break;
            for (String n : o.names()) {
                boolean attached = n.length() == 2 && !n.equals("--") && a.length() > 2 && a.startsWith(n) && a.charAt(1) != '-'; // -n5000
                if (a.equals(n) || a.startsWith(n + "=") || attached) typed = n;
            }
        }
        return typed != null ? typed : o.longestName();
    }

    /** The Java field an option was declared on, or null (options of picocli's own, built by hand). */
    static Field field(ArgSpec a) {
        return a.userObject() instanceof Field f ? f : null;
    }

    /** The value as typed, quoted unless it is a plain number (a newline after it reaches the line as \\n). */
    private static String typed(OptionSpec o, double value) {
        List<String> typed = o.originalStringValues();
        if (typed.isEmpty()) return String.valueOf(value);
        String t = typed.get(typed.size() - 1);
        return t.matches("[-+]?([0-9.]+([eE][-+]?[0-9]+)?|NaN|Infinity)") ? t : ErrorLine.quote(t);
    }

    private static List<Long> integers(Object v) {
        List<Long> out = new ArrayList<>();
        if (v instanceof int[] a) for (int x : a) out.add((long) x);
        else if (v instanceof long[] a) for (long x : a) out.add(x);
        else if (v instanceof Number n) out.add(n.longValue());
        else if (v instanceof List<?> l) for (Object x : l) out.add(((Number) x).longValue());
        else throw new IllegalStateException("@Count on a " + v.getClass().getSimpleName().toLowerCase(Locale.ROOT));
        return out;
    }

    private static CommandLine.ParameterException bad(CommandLine cl, OptionSpec o, List<String> args, String expected, String found) {
        InputException input = new InputException(name(o, args), expected, found);
        return new CommandLine.ParameterException(cl, input.getMessage(), input, o, found);
    }
}
