package memcim.report.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Tick labels print without trailing zeros, decades in engineering units, the same in every locale. */
class TickLabelFormatTest {
    @Test
    void tickLabelsDropTrailingZeros() {
        assertEquals("10", TickLabelFormat.plain(10));
        assertEquals("0.85", TickLabelFormat.plain(0.85));
        assertEquals("0.3", TickLabelFormat.plain(0.1 + 0.2));
        assertEquals("1.2e-05", TickLabelFormat.plain(1.2e-5));
        assertEquals("0", TickLabelFormat.plain(0));
    }

    @Test
    void decadesPrintAsTheQuantityInItsUnit() {
        TickLabelFormat joules = TickLabelFormat.engineering("J");
        assertEquals("1 nJ", joules.format(1e-9));
        assertEquals("10 nJ", joules.format(1e-8));
        assertEquals("100 pJ", joules.format(1e-10));
        assertEquals("1 uJ", joules.format(1e-6));
        assertEquals("1 ks", TickLabelFormat.engineering("s").format(1000));
    }

    @Test
    void theDefaultLocaleDoesNotChangeALabel() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY); // decimal comma
            assertEquals("0.85", TickLabelFormat.plain().format(0.85));
            assertEquals("2.5 nJ", TickLabelFormat.engineering("J").format(2.5e-9));
        } finally {
            Locale.setDefault(saved);
        }
    }
}
