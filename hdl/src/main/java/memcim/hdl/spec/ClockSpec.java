package memcim.cosim.config;

/** The digital periphery's clock; one SAR bit decision per cycle. */
public record ClockConfig(double frequencyHertz) {
    void validate(Check c) {
        c.range("clock.frequencyHertz", frequencyHertz, 1e3, 2e9);
    }
}
