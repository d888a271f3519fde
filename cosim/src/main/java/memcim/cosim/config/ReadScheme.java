package memcim.cosim.config;

/** Bit-serial read: a selected row gets {@code vReadVolts} for {@code pulseSeconds}; unselected rows are grounded or float. */
public record ReadScheme(double vReadVolts, double pulseSeconds, String unselectedLines) {
    void validate(Check c) {
        // above ~0.3 V a HfOx read starts to disturb the filament
        c.range("read.vReadVolts", vReadVolts, 0.01, 0.3);
        c.range("read.pulseSeconds", pulseSeconds, 1e-10, 1e-5);
        c.oneOf("read.unselectedLines", unselectedLines, "ground", "float");
    }
}
