package memcim.netlist;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import memcim.core.InputException;
import org.junit.jupiter.api.Test;

class SpiceNameTest {
    @Test
    void acceptsPlainNames() {
        for (String n : List.of("r0_1", "VCOL3", "0", "cell_1t1r_ab12cd34", "_x")) {
            assertEquals(n, SpiceName.check("test", n));
        }
    }

    @Test
    void rejectsAnythingThatCouldInjectACard() {
        for (String n : List.of("a b", "a\nR1 x y 1", ".control", "x.y", "a=b", "v(1)", "external", "EXTERNAL",
                "dc", "a;b", "a*b", "+a", "{a}", "", "x".repeat(65), "a\tb", "endc")) {
            InputException e = assertThrows(InputException.class, () -> SpiceName.check("node of R1", n), n);
            assertTrue(e.getMessage().startsWith("node of R1: expected"), e.getMessage());
        }
    }

    @Test
    void everyEntryPointUsesTheRule() {
        assertThrows(InputException.class, () -> Passive.resistor("R1", "a", "b\n.control", 1));
        assertThrows(InputException.class, () -> new VoltageSource("V1", "a", "external", 1));
        assertThrows(InputException.class, () -> new Subckt("s x", List.of()));
        assertThrows(InputException.class, () -> new Pin(".endc", PinType.INPUT));
        assertThrows(InputException.class, () -> new Model("m", "NMOS", Map.of("vto\nshell", 1.0)));
        assertThrows(InputException.class, () -> new Netlist("t").print("v(a)\n.control"));
        assertThrows(InputException.class, () -> new Netlist("t").header("k", "v\n.control"));
        assertThrows(InputException.class, () -> ControlStep.alter("vrow0; shell", "dc", 1));
        assertThrows(InputException.class, () -> BehavioralSource.current("B1", "a", "b", "1\n.control"));
    }

    @Test
    void elementNamesStartWithTheirLetter() {
        InputException e = assertThrows(InputException.class, () -> Passive.resistor("X1", "a", "b", 1));
        assertTrue(e.getMessage().contains("starting with 'R'"), e.getMessage());
    }

    @Test
    void vectorsAreChecked() {
        assertEquals("i(vcol3)", SpiceName.checkVector("v", "i(vcol3)"));
        assertEquals("v(xcell.x)", SpiceName.checkVector("v", "v(xcell.x)"));
        assertEquals("v(a,b)", SpiceName.checkVector("v", "v(a,b)"));
        assertThrows(InputException.class, () -> SpiceName.checkVector("v", "i(vcol3) ; quit"));
        assertThrows(InputException.class, () -> SpiceName.checkVector("v", "v(external)"));
    }

    @Test
    void numbersAreShortAndExact() {
        assertEquals("0.2", SpiceNumber.format(0.2));
        assertEquals("1e-5", SpiceNumber.format(1e-5));
        assertEquals("-3.25e-12", SpiceNumber.format(-3.25e-12));
        assertEquals("1000", SpiceNumber.format(1000));
        assertEquals("1.5e7", SpiceNumber.format(1.5e7));
        assertEquals("123456.789", SpiceNumber.format(123456.789));
        assertEquals("0", SpiceNumber.format(0));
        assertEquals(1.0 / 3, Double.parseDouble(SpiceNumber.format(1.0 / 3)), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> SpiceNumber.format(Double.POSITIVE_INFINITY));
    }
}
