package memcim.cosim.digital;

/**
 * The digital half of a SAR converter, advanced one clock edge at a time: after {@link #start()} it proposes a
 * trial code for the DAC, takes the comparator's decision at each edge, and after {@code bits} decisions holds
 * the converted code.
 */
public interface SarLogic {
    void start();

    /** The code the DAC must show now: the trial while converting, the result when done. */
    int dacCode();

    /** The comparator sampled at a clock edge: true when the input exceeds the DAC voltage. */
    void decide(boolean inputAboveDac);

    boolean done();

    int code();
}
