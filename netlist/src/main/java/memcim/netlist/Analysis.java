package memcim.netlist;

/** An analysis card; {@link #printKind()} is the word {@code .print} needs for it. */
public sealed interface Analysis {
    String card();

    String printKind();

    static Analysis op() { return new Op(); }

    record Op() implements Analysis {
        @Override public String card() { return ".op"; }
        @Override public String printKind() { return "op"; }
    }

    /** {@code .dc source start stop step}. */
    record DcSweep(String source, double start, double stop, double step) implements Analysis {
        public DcSweep {
            SpiceName.check("swept source", source);
            if (step == 0) throw new IllegalArgumentException(".dc step must not be 0");
        }

        @Override
        public String card() {
            return ".dc " + source + " " + SpiceNumber.format(start) + " " + SpiceNumber.format(stop) + " "
                    + SpiceNumber.format(step);
        }

        @Override public String printKind() { return "dc"; }
    }

    /** {@code .tran step stop [start [maxStep]] [uic]}; a {@code maxStep} of 0 leaves it to ngspice. */
    record Tran(double stepSeconds, double stopSeconds, double startSeconds, double maxStepSeconds, boolean uic)
            implements Analysis {
        public Tran {
            if (!(stepSeconds > 0) || !(stopSeconds > startSeconds) || startSeconds < 0 || maxStepSeconds < 0) {
                throw new IllegalArgumentException(".tran needs step > 0, stop > start >= 0, maxStep >= 0");
            }
        }

        public Tran(double stepSeconds, double stopSeconds) {
            this(stepSeconds, stopSeconds, 0, 0, false);
        }

        @Override
        public String card() {
            StringBuilder b = new StringBuilder(".tran ").append(SpiceNumber.format(stepSeconds)).append(' ')
                    .append(SpiceNumber.format(stopSeconds));
            if (startSeconds > 0 || maxStepSeconds > 0) b.append(' ').append(SpiceNumber.format(startSeconds));
            if (maxStepSeconds > 0) b.append(' ').append(SpiceNumber.format(maxStepSeconds));
            if (uic) b.append(" uic");
            return b.toString();
        }

        @Override public String printKind() { return "tran"; }
    }

    /** {@code .ac dec|oct|lin points fstart fstop}. */
    record Ac(Variation variation, int points, double startHertz, double stopHertz) implements Analysis {
        public enum Variation { DEC, OCT, LIN }

        public Ac {
            if (points < 1 || !(startHertz > 0) || !(stopHertz >= startHertz)) {
                throw new IllegalArgumentException(".ac needs points >= 1 and 0 < fstart <= fstop");
            }
        }

        @Override
        public String card() {
            return ".ac " + variation.name().toLowerCase(java.util.Locale.ROOT) + " " + points + " "
                    + SpiceNumber.format(startHertz) + " " + SpiceNumber.format(stopHertz);
        }

        @Override public String printKind() { return "ac"; }
    }
}
