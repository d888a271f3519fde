package memcim.hdl.spec;

/** The digital periphery's clock; one SAR bit decision per cycle. */
public record ClockSpec(double frequencyHertz) {
    void validate(Check c) {
        c.range("clock.frequencyHertz", frequencyHertz, 1e3, 2e9);
    }
}
