package memcim.hdl.spec;

/**
 * Bit-serial read: a row whose input bit is 1 gets {@code vReadVolts} for the whole conversion; the other rows see
 * {@code unselectedLines}.
 */
public record ReadSpec(double vReadVolts, UnselectedLines unselectedLines) {
    void validate(Check c) {
        // above ~0.3 V a HfOx read starts to disturb the filament
        c.range("read.vReadVolts", vReadVolts, 0.01, 0.3);
        c.present("read.unselectedLines", unselectedLines);
    }
}
