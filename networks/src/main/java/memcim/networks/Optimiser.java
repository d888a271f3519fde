package memcim.networks;

import java.util.Locale;
import memcim.core.InputException;

/** A gradient step rule over one flat parameter vector; one instance per vector, since it keeps its own moments. */
public interface Optimiser {
    void step(double[] params, double[] grad);

    /** The rules a training run can name (settings {@code optimiser}, option {@code --optimiser}). */
    enum Kind {
        ADAM, SGD;

        public Optimiser create(int size, double rate) {
            return this == ADAM ? new Adam(size, rate) : new Sgd(rate);
        }

        public String id() { return name().toLowerCase(Locale.ROOT); }

        /** {@code adam} or {@code sgd}; null (settings written before there was a choice) is Adam. */
        public static Kind parse(String name, String where) {
            if (name == null) return ADAM;
            for (Kind k : values()) if (k.id().equals(name)) return k;
            throw new InputException(where, "adam or sgd", "'" + name + "'");
        }
    }
}
