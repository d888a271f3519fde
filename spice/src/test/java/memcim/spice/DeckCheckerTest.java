package memcim.spice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The card screen: what ngspice 39 crashes on is rewritten or rejected, everything else passes as is. */
class DeckCheckerTest {
    @Test
    void valueBeforeExternalIsRewrittenWithAWarning() {
        DeckChecker.Checked c = DeckChecker.check("""
                title mentioning v1 in 0 0 external is not a card
                Vx a b 0.5 external
                IBIAS 0 n DC 1m EXTERNAL
                Vok c 0 external ; a comment
                .end
                """, "d.cir");
        assertEquals(List.of("title mentioning v1 in 0 0 external is not a card", "Vx a b external",
                "IBIAS 0 n external", "Vok c 0 external ; a comment", ".end"), c.lines());
        assertEquals(2, c.warnings().size());
        assertTrue(c.warnings().get(0).startsWith("d.cir:2: rewrote 'Vx a b 0.5 external' to 'Vx a b external'"), c.warnings().get(0));
        assertTrue(c.warnings().get(1).startsWith("d.cir:3: "), c.warnings().get(1));
    }

    @Test
    void anythingElseNextToExternalIsRejectedNamingTheLine() {
        for (String card : List.of("V1 in 0 external ac 1", "V1 in 0 sin(0 1 1k) external", "V1 in external")) {
            SpiceParseException e = assertThrows(SpiceParseException.class,
                    () -> DeckChecker.check("t\nR1 in 0 1k\n" + card + "\n.end\n", "e.cir"), card);
            assertEquals(3, e.line(), card);
            assertEquals(card, e.card());
            assertTrue(e.getMessage().startsWith("e.cir:3: "), e.getMessage());
        }
        SpiceParseException continued = assertThrows(SpiceParseException.class,
                () -> DeckChecker.check("t\nV1 in 0 external\n+ dc 0\n.end\n", "c.cir"));
        assertEquals(2, continued.line());
    }

    @Test
    void controlBlocksAndOtherCardsPassUntouchedAndEndIsAdded() {
        String deck = "t\nV1 in 0 1\n.control\nalter v1 dc 0 external\n.endc\nR1 in 0 1k";
        DeckChecker.Checked c = DeckChecker.check(deck, "x");
        assertEquals(List.of("t", "V1 in 0 1", ".control", "alter v1 dc 0 external", ".endc", "R1 in 0 1k", ".end"), c.lines());
        assertEquals(List.of(), c.warnings());
    }
}
