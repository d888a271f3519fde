package memcim.netlist;

import static org.junit.jupiter.api.Assertions.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import memcim.core.Generator;
import memcim.core.InputException;
import memcim.spice.NgSpice;
import org.junit.jupiter.api.Test;

class NetlistTest {
    private static Subckt divider(SubcktFactory f, double ohms) {
        return f.get("divider", Map.of("ohms", ohms), (name, p) -> new Subckt(name,
                List.of(Pin.in("in"), Pin.out("out"), Pin.ground("gnd")))
                .comment("two equal resistors of " + ohms + " ohm")
                .add(Passive.resistor("R1", "in", "out", ohms))
                .add(Passive.resistor("R2", "out", "gnd", ohms)));
    }

    @Test
    void factoryMakesEachParameterisedSubcktOnce() {
        SubcktFactory f = new SubcktFactory();
        Subckt a = divider(f, 1000);
        Subckt b = divider(f, 1000);
        Subckt c = divider(f, 2000);
        assertSame(a, b);
        assertNotEquals(a.name(), c.name());
        assertEquals(divider(new SubcktFactory(), 1000).name(), a.name(), "the name depends on the parameters only");

        Netlist n = new Netlist("two dividers");
        n.add(new VoltageSource("V1", "in", "0", 1.0));
        n.add(Instance.of("X1", a, List.of("in", "m1", "0")));
        n.add(Instance.of("X2", b, List.of("in", "m2", "0")));
        n.add(Instance.of("X3", c, List.of("in", "m3", "0")));
        String deck = n.render();
        assertEquals(1, count(deck, ".subckt " + a.name()));
        assertEquals(1, count(deck, ".subckt " + c.name()));
        assertEquals(2, n.subckts().size());
    }

    @Test
    void twoDifferentSubcktsWithOneNameAreRefused() {
        Subckt a = new Subckt("same", List.of(Pin.inout("a"))).add(Passive.resistor("R1", "a", "0", 1));
        Subckt b = new Subckt("same", List.of(Pin.inout("a"))).add(Passive.resistor("R1", "a", "0", 2));
        Netlist n = new Netlist("clash").add(Instance.of("X1", a, List.of("n1"))).add(Instance.of("X2", b, List.of("n2")));
        assertThrows(IllegalStateException.class, n::render);
    }

    @Test
    void wrongConnectionsPrintThePinTable() {
        Subckt d = divider(new SubcktFactory(), 1000);
        InputException e = assertThrows(InputException.class, () -> Instance.of("X1", d, List.of("a", "b")));
        String m = e.getMessage();
        assertTrue(m.contains("pin") && m.contains("type") && m.contains("expected") && m.contains("given"), m);
        assertTrue(m.matches("(?s).*gnd\\s+GROUND\\s+a net\\s+\\(missing\\).*"), m);

        Map<String, String> byPin = new LinkedHashMap<>();
        byPin.put("in", "a");
        byPin.put("out", "b");
        byPin.put("vss", "0");
        e = assertThrows(InputException.class, () -> Instance.byPin("X1", d, byPin, Map.of()));
        assertTrue(e.getMessage().matches("(?s).*vss\\s+-\\s+\\(no such pin\\)\\s+0.*"), e.getMessage());
        assertTrue(e.getMessage().matches("(?s).*gnd\\s+GROUND\\s+a net\\s+\\(missing\\).*"), e.getMessage());

        Instance ok = Instance.byPin("X1", d, Map.of("gnd", "0", "out", "o", "in", "i"), Map.of());
        assertEquals(List.of("i", "o", "0"), ok.connections());
        assertEquals("o", ok.net("out"));
    }

    @Test
    void unknownInstanceParameterIsRefused() {
        Subckt s = new Subckt("cell", List.of(Pin.inout("a"), Pin.inout("b")), Map.of("g", 1e-5))
                .add(ControlledSource.conductance("G1", "a", "b", Value.param("g")));
        assertThrows(InputException.class, () -> new Instance("X1", s, List.of("p", "q"), Map.of("r", Value.of(1))));
        assertEquals("X1 p q cell g=2e-5",
                new Instance("X1", s, List.of("p", "q"), Map.of("g", Value.of(2e-5))).card());
    }

    @Test
    void everyElementKindRendersAndLoadsWithoutWarnings() {
        Model nmos = new Model("nch", "NMOS", Map.of("level", 1.0, "vto", 0.5, "kp", 1e-4));
        Model dio = new Model("dmod", "D", Map.of("is", 1e-14));
        Subckt amp = new SubcktFactory().get("buf", Map.of("gain", 2.0), (name, p) ->
                new Subckt(name, List.of(Pin.in("i"), Pin.out("o")))
                        .add(ControlledSource.vcvs("E1", "o", "0", "i", "0", 2.0)));
        Netlist n = new Netlist("every element");
        n.header("purpose", "test");
        n.param("vin", 1.0);
        n.add(new VoltageSource("V1", "in", "0", SourceValue.dcAc(1.0, 1.0)));
        n.add(new VoltageSource("V2", "p", "0", new SourceValue.Pwl(List.of(new double[] {0, 0}, new double[] {1e-6, 1}))));
        n.add(new CurrentSource("I1", "0", "ib", 1e-6));
        n.add(Passive.resistor("R1", "in", "a", 1000));
        n.add(Passive.resistor("R2", "ib", "0", 1000));
        n.add(Passive.resistor("R3", "p", "0", 1000));
        n.add(Passive.capacitor("C1", "a", "0", 1e-12));
        n.add(Passive.inductor("L1", "a", "b", 1e-9));
        n.add(Passive.resistor("R4", "b", "0", 1000));
        n.add(BehavioralSource.voltage("B1", "bv", "0", "2*V(a)"));
        n.add(Passive.resistor("R5", "bv", "0", 1000));
        n.add(ControlledSource.vccs("G1", "0", "g", "a", "0", 1e-3));
        n.add(Passive.resistor("R6", "g", "0", 1000));
        n.add(new Mosfet("M1", "d", "in", "0", "0", nmos, Map.of("W", Value.of(1e-6), "L", Value.of(1e-6))));
        n.add(Passive.resistor("R7", "in", "d", 10000));
        n.add(new Diode("D1", "in", "k", dio));
        n.add(Passive.resistor("R8", "k", "0", 10000));
        n.add(Instance.of("X1", amp, List.of("a", "o")));
        n.add(Passive.resistor("R9", "o", "0", 1000));
        n.analysis(Analysis.op());
        n.analysis(new Analysis.DcSweep("V1", 0, 1, 0.5));
        n.analysis(new Analysis.Tran(1e-8, 1e-6));
        n.analysis(new Analysis.Ac(Analysis.Ac.Variation.DEC, 2, 1e3, 1e6));
        n.print("v(o)");
        String deck = n.render();
        assertTrue(deck.startsWith("* every element\n* generated by " + Generator.id() + "\n* purpose: test\n"), deck);
        assertTrue(deck.contains("\n.model nch NMOS (kp=1e-4 level=1 vto=0.5)\n"), deck);
        assertTrue(deck.contains("\nV2 p 0 pwl(0 0 1e-6 1)\n"), deck);
        assertTrue(deck.contains("\n.ac dec 2 1000 1e6\n"), deck);
        assertEquals(deck, n.render(), "rendering is deterministic");

        NgSpice ng = NgSpice.shared();
        ng.loadCircuit(deck);
        assertEquals(List.of(), ng.lastWarnings());
        ng.command("op");
        assertEquals(2.0 * ng.realVector("v(a)")[0], ng.realVector("v(o)")[0], 1e-9);
        ng.removeCircuits();
    }

    @Test
    void externalSourcesHaveNoValueBeforeTheKeyword() {
        assertEquals("VD d 0 external", new VoltageSource("VD", "d", "0", new SourceValue.External()).card());
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) n++;
        return n;
    }

    @Test
    void switchWordOptionsAndSavesRenderAndRunInNgspice() {
        Model sw = new Model("swtest", "SW", Map.of("vt", 0.5, "vh", 0.0, "ron", 100.0, "roff", 1e12));
        Netlist n = new Netlist("switch");
        n.option("method", "gear");
        n.add(new VoltageSource("V1", "in", "0", 1.0));
        n.add(new VoltageSource("VC", "c", "0", 1.0));
        n.add(Passive.resistor("R1", "in", "out", 100));
        n.add(new Switch("S1", "out", "0", "c", "0", sw));
        n.save("out");
        n.save("v1#branch");
        n.analysis(Analysis.op());
        String deck = n.render();
        assertTrue(deck.contains("\n.options method=gear\n"), deck);
        assertTrue(deck.contains("\n.model swtest SW (roff=1e12 ron=100 vh=0 vt=0.5)\n"), deck);
        assertTrue(deck.contains("\nS1 out 0 c 0 swtest\n"), deck);
        assertTrue(deck.contains("\n.save out v1#branch\n"), deck);
        assertThrows(InputException.class, () -> n.option("method", "gear\n.control"));
        assertThrows(InputException.class, () -> n.save("out#leaf"));
        assertThrows(memcim.core.InputException.class,
                () -> new Switch("S2", "a", "b", "c", "0", new Model("m", "NMOS", Map.of())));
        NgSpice ng = NgSpice.shared();
        ng.loadCircuit(deck);
        assertEquals(List.of(), ng.lastWarnings());
        ng.run();
        assertEquals(0.5, ng.realVector("out")[0], 1e-6, "switch on: 100 ohm against 100 ohm");
        assertEquals(-0.005, ng.realVector("v1#branch")[0], 1e-8);
        ng.removeCircuits();
    }
}
