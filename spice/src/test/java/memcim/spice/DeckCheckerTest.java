package memcim.spice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @TempDir Path dir;

    private DeckChecker.Screen screen(boolean untrusted) {
        return new DeckChecker.Screen(null, dir, dir, untrusted);
    }

    private SpiceDeckException rejected(String deck, boolean untrusted) {
        return assertThrows(SpiceDeckException.class, () -> DeckChecker.check(deck, "d.cir", screen(untrusted)));
    }

    @Test
    void aCrashingCardSplitOverContinuationLinesIsJoinedAndRewritten() {
        for (String split : List.of("V1 in 0 0\n+ external", "V1 in 0\n+ 0\n+ external", "V1 in 0 0\n* a comment\n\n+ EXTERNAL",
                "V1 in 0\n+ dc\n+ 0 external")) {
            DeckChecker.Checked c = DeckChecker.check("t\n" + split + "\nR1 in 0 1k\n.end\n", "d.cir", screen(false));
            assertEquals("V1 in 0 external", c.lines().get(1), split);
            assertTrue(c.lines().stream().skip(2).noneMatch(l -> l.strip().startsWith("+")), split + ": " + c.lines());
            assertEquals(1, c.warnings().size(), split);
            assertTrue(c.warnings().get(0).startsWith("d.cir:2: rewrote"), c.warnings().get(0));
        }
        SpiceDeckException e = rejected("t\nV1 in 0\n+ sin(0 1 1k) external\n.end\n", false);
        assertEquals("d.cir:2", e.where());
        assertEquals(2, e.line());
    }

    @Test
    void includedFilesAreInlinedAndScreenedWithTheirOwnLineNumbers() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/src.inc"), "* sources\nV1 in 0 0\n+ external\n.inc more.inc\n.end\n");
        Files.writeString(dir.resolve("sub/more.inc"), "R1 in 0 1k\n");
        DeckChecker.Checked c = DeckChecker.check("t\n.include sub/src.inc\n.op\n.end\nafter the end\n", "d.cir", screen(false));
        assertEquals(List.of("t", "* memcim: .include sub/src.inc", "* sources", "V1 in 0 external"), c.lines().subList(0, 4));
        assertTrue(c.lines().contains("R1 in 0 1k"), c.lines().toString());
        assertTrue(c.lines().stream().noneMatch(l -> l.equals(".end") && false));
        assertEquals(".end", c.lines().get(c.lines().size() - 1));
        assertEquals(1, c.lines().stream().filter(l -> l.strip().equals(".end")).count(), "the included .end is ignored, as ngspice does");
        assertTrue(c.lines().stream().noneMatch(l -> l.contains("after the end")));
        assertEquals("sub/src.inc:2 (included from d.cir:2)", c.origins().get(3));
        assertEquals("sub/more.inc:1 (included from sub/src.inc:4, d.cir:2)", c.origins().get(c.lines().indexOf("R1 in 0 1k")));
        assertTrue(c.warnings().get(0).startsWith("sub/src.inc:2 (included from d.cir:2): rewrote"), c.warnings().get(0));
        assertEquals(2, c.elementCards());
        assertEquals(c.lines().size(), c.origins().size());
    }

    @Test
    void missingIncludesCyclesAndDeepChainsAreRejectedNamingTheChain() throws IOException {
        SpiceDeckException missing = rejected("t\nR1 a 0 1\n.include nothere.cir\n.end\n", false);
        assertEquals("d.cir:3", missing.where());
        assertTrue(missing.found().startsWith("'nothere.cir' (looked in "), missing.found());

        Files.writeString(dir.resolve("self.cir"), "R1 a 0 1\n.include self.cir\n");
        SpiceDeckException self = rejected("t\n.include self.cir\n.end\n", false);
        assertEquals("self.cir:2 (included from d.cir:2)", self.where());
        assertEquals("the cycle d.cir -> self.cir -> self.cir", self.found());

        Files.writeString(dir.resolve("d.cir"), "t\nR1 a 0 1\n.include d.cir\n.end\n");
        SpiceDeckException deckItself = assertThrows(SpiceDeckException.class, () -> DeckChecker.check(
                Files.readString(dir.resolve("d.cir")), "d.cir", new DeckChecker.Screen(dir.resolve("d.cir"), dir, dir, false)));
        assertEquals("d.cir:3", deckItself.where());
        assertEquals(3, deckItself.line());
        assertEquals("the cycle d.cir -> d.cir", deckItself.found());

        Files.writeString(dir.resolve("a.cir"), "R1 a 0 1\n.inc b.cir\n");
        Files.writeString(dir.resolve("b.cir"), "R2 a 0 1\n.inc 'a.cir'\n");
        SpiceDeckException cycle = rejected("t\n.include a.cir\n.end\n", false);
        assertEquals("the cycle d.cir -> a.cir -> b.cir -> a.cir", cycle.found());

        for (int i = 0; i < 30; i++) Files.writeString(dir.resolve("n" + i + ".cir"), "R" + i + " a 0 1\n.include n" + (i + 1) + ".cir\n");
        Files.writeString(dir.resolve("n30.cir"), "R30 a 0 1\n");
        SpiceDeckException deep = rejected("t\n.include n0.cir\n.end\n", false);
        assertTrue(deep.expected().contains("nested at most " + DeckChecker.MAX_DEPTH), deep.getMessage());
        assertTrue(deep.found().startsWith("the chain d.cir -> n0.cir -> n1.cir"), deep.found());

        Files.createDirectories(dir.resolve("folder.cir"));
        assertTrue(rejected("t\n.include folder.cir\n.end\n", false).found().contains("a folder"));
        assertTrue(rejected("t\n.include\n.end\n", false).expected().startsWith("a file name"));
    }

    @Test
    void aNulByteIsRejectedBecauseNgspiceWouldReadTheLineOnlyUpToIt() throws IOException {
        // the screen would see 'external\0x' (no keyword), ngspice 'V1 in 0 0 external' (the crashing card)
        SpiceDeckException e = rejected("t\nV1 in 0 0 external\0x\nR1 in 0 1k\n.end\n", false);
        assertEquals("d.cir:2", e.where());
        assertEquals("a NUL byte at column 19", e.found());
        Files.writeString(dir.resolve("nul.inc"), "R2 a 0 1\0\n");
        assertEquals("nul.inc:1 (included from d.cir:2)", rejected("t\n.include nul.inc\n.end\n", false).where());
    }

    @Test
    void aSourcedDeckIsScreenedAsItCannotBeRewritten() throws IOException {
        Files.writeString(dir.resolve("inner.cir"), "inner\nR1 a 0 1\n.include part.inc\n.end\n");
        Files.writeString(dir.resolve("part.inc"), "V1 a 0 dc 0 external\n");
        SpiceDeckException e = rejected("t\nR1 a 0 1\n.control\nop ; source inner.cir\n.endc\n.end\n", false);
        assertEquals("part.inc:1 (included from inner.cir:3) (sourced from d.cir:4)", e.where());
        assertEquals(4, e.line());
        Files.writeString(dir.resolve("part.inc"), "V1 a 0 external\n");
        assertEquals(0, DeckChecker.check("t\nR1 a 0 1\n.control\nsource inner.cir\nsource $x\nsource gone.cir\n.endc\n.end\n",
                "d.cir", screen(false)).warnings().size());
    }

    @Test
    void libSectionsAreInlinedAndAMissingSectionIsNamed() throws IOException {
        Files.writeString(dir.resolve("m.lib"), ".lib fast\nR6 a 0 6\n.endl\n.lib typ\nR5 a 0 5\n.lib m.lib fast\n.endl typ\n");
        DeckChecker.Checked c = DeckChecker.check("t\n.lib m.lib typ\n.end\n", "d.cir", screen(false));
        assertTrue(c.lines().contains("R5 a 0 5") && c.lines().contains("R6 a 0 6"), c.lines().toString());
        SpiceDeckException e = rejected("t\n.lib m.lib slow\n.end\n", false);
        assertEquals("a section 'slow' in m.lib", e.expected());
        assertEquals("the sections [fast, typ]", e.found());
        Files.writeString(dir.resolve("loop.lib"), ".lib a\n.lib loop.lib a\n.endl\n");
        assertTrue(rejected("t\n.lib loop.lib a\n.end\n", false).found().startsWith("the cycle"));
    }

    @Test
    void untrustedDecksMaySimulateAndPrintButNotReachTheSystem() throws IOException {
        String ok = "t\nV1 a 0 1\nR1 a 0 1k\n.control\nop\nlet x = v(a) > 0.5\nprint x ; echo \"done > here!\"\nwrite out.raw\n"
                + "if x\necho yes\nend\ndefine big(a) a > 1\neprint x > x.vcd\n.endc\n.end\n";
        assertEquals(0, DeckChecker.check(ok, "d.cir", screen(true)).warnings().size());
        for (String bad : List.of("shell rm -rf x", "op ; shell ls", "echo `shell ls`", "source other.cir", "cd /tmp", "codemodel x.cm",
                "alias s shell", "$cmd ls", "pre_shell ls", "echo hi > /tmp/x", "write /tmp/out.raw", "wrdata ../up.txt",
                "write {$f}.raw", "!!", "gnuplot g v(a)", "edit")) {
            SpiceDeckException e = rejected("t\nR1 a 0 1\n.control\n" + bad + "\n.endc\n.end\n", true);
            assertEquals("d.cir:4", e.where(), bad);
            assertEquals(0, DeckChecker.check("t\nR1 a 0 1\n.control\n" + bad + "\n.endc\n.end\n", "d.cir", screen(false)).warnings().size());
        }
        assertEquals("d.cir:3", rejected("t\nR1 a 0 1\n*# shell ls\n.end\n", true).where());
        assertEquals("d.cir:5", rejected("t\nR1 a 0 1\n.control\necho a\n+ ; shell ls\n.endc\n.end\n", true).where());
        Files.writeString(dir.resolve("ctl.inc"), "shell id\n");
        assertEquals("ctl.inc:1 (included from d.cir:4)", rejected("t\nR1 a 0 1\n.control\n.include ctl.inc\n.endc\n.end\n", true).where());
        assertTrue(rejected("t\n.include /etc/hostname\n.end\n", true).expected().contains("untrusted"));
    }
}
