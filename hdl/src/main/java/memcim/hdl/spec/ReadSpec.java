package memcim.cosim.config;

/**
 * Bit-serial read: a row whose input bit is 1 gets {@code vReadVolts} for the whole conversion; the other rows
 * are grounded (the only scheme modelled: a floating row would need its own leakage model).
 */
public record ReadScheme(double vReadVolts, String unselectedLines) {
    void validate(Check c) {
        // above ~0.3 V a HfOx read starts to disturb the filament
        c.range("read.vReadVolts", vReadVolts, 0.01, 0.3);
        c.oneOf("read.unselectedLines", unselectedLines, "ground");
    }
}
