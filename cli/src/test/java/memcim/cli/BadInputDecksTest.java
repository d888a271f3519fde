package memcim.cli;

import static memcim.cli.BadInput.check;
import static memcim.cli.BadInput.checkInChild;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad decks and testbenches (issue 17, "Decks and testbenches" of docs/errors.md): decks are screened on the
 * text ngspice would parse (continuation lines joined, includes inlined) before anything reaches ngspice,
 * untrusted decks cannot reach the system, a deck that never ends is stopped at its time limit, ngspice's own
 * error lines are not hidden under exit code 0, a crash is one line and exit code 3; {@code verify hdl} counts a
 * broken or never-ending testbench as failed and carries on. Everything that reaches ngspice runs in a child
 * JVM, so a crash the code fails to stop fails the case instead of the test run.
 */
class BadInputDecksTest {
    /** The generated testbenches of memcim verify hdl, as many as VerifyCase lists. */
    private static final int GENERATED = memcim.hdl.verify.VerifyCase.periphery(2026).size();
    private static final String SPICE = "memcim spice";
    /** A child JVM that starts a worker JVM and ngspice: generous, the machine is shared. */
    private static final int CHILD_SECONDS = 90;

    @TempDir Path dir;

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.ISO_8859_1);
        return p;
    }

    private String deck(String name, String text) throws IOException {
        return file(name, text).toString();
    }

    private static final String CIRCUIT = "V1 in 0 1\nR1 in 0 1k\n";

    private String control(String name, String... commands) throws IOException {
        return deck(name, "t\n" + CIRCUIT + ".control\n" + String.join("\n", commands) + "\n.endc\n.end\n");
    }

    // ----------------------------------------------------------------- the crashing card, however it is written

    /**
     * {@code V1 in 0 0 external} segfaults ngspice 39; split over lines or included it must still be caught. Run
     * in this memcim's own JVM (--in-process) inside a child: a crash would end the child with 134/139.
     */
    private void rewrittenNotCrashed(String deck, String where) {
        CliRun r = BadInput.child(CHILD_SECONDS, "spice", "--in-process", deck);
        assertEquals(0, r.code(), "exit code (a crash is 134 or 139)\n" + r.err());
        assertTrue(r.err().contains(where + ": rewrote '"), "the rewrite is reported naming " + where + "\n" + r.err());
        assertTrue(r.out().contains("plot: op1"), r.out());
    }

    @Test
    void theCrashingCardSplitOverAContinuationLineIsRewritten() throws IOException {
        rewrittenNotCrashed(deck("split.cir", "t\nV1 in 0 0\n+ external\nR1 in 0 1k\n.op\n.end\n"), "split.cir:2");
    }

    @Test
    void theCrashingCardSplitWithACommentAndABlankLineBetweenIsRewritten() throws IOException {
        rewrittenNotCrashed(deck("split2.cir", "t\nV1 in 0 dc 0\n* the keyword follows\n\n+ EXTERNAL\nR1 in 0 1k\n.op\n.end\n"), "split2.cir:2");
    }

    @Test
    void theCrashingCardSplitOverThreeLinesIsRewritten() throws IOException {
        rewrittenNotCrashed(deck("split3.cir", "t\nV1 in 0\n+ dc\n+ 0 external\nR1 in 0 1k\n.op\n.end\n"), "split3.cir:2");
    }

    @Test
    void theCrashingCardInAnIncludedFileIsRewritten() throws IOException {
        file("sub/src.inc", "* the source\nV1 in 0 0 external\n");
        rewrittenNotCrashed(deck("inc.cir", "t\n.include sub/src.inc\nR1 in 0 1k\n.op\n.end\n"), "sub/src.inc:2 (included from inc.cir:2)");
    }

    @Test
    void theCrashingCardSplitInsideALibSectionIsRewritten() throws IOException {
        file("models.lib", ".lib other\nR9 in 0 9\n.endl\n.lib drive\nV1 in 0\n+ 0 external\n.endl drive\n");
        rewrittenNotCrashed(deck("lib.cir", "t\n.lib models.lib drive\nR1 in 0 1k\n.op\n.end\n"), "models.lib:5 (included from lib.cir:2)");
    }

    @Test
    void anotherTokenNextToExternalOnAContinuationLineIsRejected() throws IOException {
        check(dir, SPICE, List.of("sine.cir:2", "external", "sin(0 1 1k)"), "spice",
                deck("sine.cir", "t\nV1 in 0\n+ sin(0 1 1k) external\nR1 in 0 1k\n.op\n.end\n"));
    }

    @Test
    void aValueAfterExternalOnAContinuationLineIsRejected() throws IOException {
        check(dir, SPICE, List.of("after.cir:2", "nothing after the keyword"), "spice",
                deck("after.cir", "t\nV1 in 0 external\n+ ac 1\nR1 in 0 1k\n.op\n.end\n"));
    }

    @Test
    void aBadExternalCardInAnIncludedFileIsNamedWithItsOwnLine() throws IOException {
        file("bad.inc", "R2 in 0 2k\nV1 in 0 external ac 1\n");
        check(dir, SPICE, List.of("bad.inc:2 (included from badinc.cir:3)", "'V1 in 0 external ac 1'"), "spice",
                deck("badinc.cir", "t\nR1 in 0 1k\n.include bad.inc\n.op\n.end\n"));
    }

    @Test
    void aNulByteThatWouldHideTheCrashingCardFromTheScreenIsRejected() throws IOException {
        checkInChild(dir, SPICE, List.of("nul.cir:2", "NUL byte at column 19"), CHILD_SECONDS, "spice", "--in-process",
                deck("nul.cir", "t\nV1 in 0 0 external\0 not seen by ngspice\nR1 in 0 1k\n.op\n.end\n"));
    }

    // ----------------------------------------------------------------- includes

    @Test
    void aMissingIncludeNamesTheDeckAndLine() throws IOException {
        check(dir, SPICE, List.of("missing.cir:4", "'nothere.inc'", "looked in " + dir), "spice",
                deck("missing.cir", "t\n" + CIRCUIT + ".include nothere.inc\n.op\n.end\n"));
    }

    @Test
    void aMissingIncludeInsideAnIncludeNamesTheIncludedFileAndTheChain() throws IOException {
        file("lvl1.inc", "R2 in 0 2k\n\n.inc 'deeper/gone.inc'\n");
        check(dir, SPICE, List.of("lvl1.inc:3 (included from nested.cir:2)", "'deeper/gone.inc'"), "spice",
                deck("nested.cir", "t\n.include lvl1.inc\n" + CIRCUIT + ".op\n.end\n"));
    }

    @Test
    void aMissingQuotedIncludeWithASpaceIsNamed() throws IOException {
        check(dir, SPICE, List.of("quoted.cir:2", "'my models.inc'"), "spice",
                deck("quoted.cir", "t\n.include \"my models.inc\"\n" + CIRCUIT + ".op\n.end\n"));
    }

    @Test
    void anIncludeWithoutAFileNameIsNamed() throws IOException {
        check(dir, SPICE, List.of("bare.cir:4", "a file name"), "spice", deck("bare.cir", "t\n" + CIRCUIT + ".include\n.op\n.end\n"));
    }

    @Test
    void aDeckThatIncludesItselfIsACycleNotACrash() throws IOException {
        check(dir, SPICE, List.of("self.cir:3", "the cycle self.cir -> self.cir"), "spice",
                deck("self.cir", "t\n" + "R1 in 0 1k\n.include self.cir\nV1 in 0 1\n.op\n.end\n"));
    }

    @Test
    void anIncludedFileThatIncludesItselfIsNamed() throws IOException {
        file("again.inc", "R2 in 0 2k\n.include again.inc\n");
        check(dir, SPICE, List.of("again.inc:2 (included from again.cir:2)", "the cycle again.cir -> again.inc -> again.inc"), "spice",
                deck("again.cir", "t\n.include again.inc\n" + CIRCUIT + ".op\n.end\n"));
    }

    @Test
    void anIncludeCycleOfThreeFilesNamesTheChain() throws IOException {
        file("a.inc", "R2 in 0 2k\n.inc b.inc\n");
        file("b.inc", "R3 in 0 3k\n.inc c.inc\n");
        file("c.inc", "R4 in 0 4k\n.include a.inc\n");
        check(dir, SPICE, List.of("the cycle cycle.cir -> a.inc -> b.inc -> c.inc -> a.inc", "c.inc:2"), "spice",
                deck("cycle.cir", "t\n" + CIRCUIT + ".include a.inc\n.op\n.end\n"));
    }

    @Test
    void aLibSectionThatReferencesItselfIsACycle() throws IOException {
        file("loop.lib", ".lib typ\nR2 in 0 2k\n.lib loop.lib typ\n.endl\n");
        check(dir, SPICE, List.of("loop.lib:3", "the cycle libloop.cir -> loop.lib (section typ) -> loop.lib (section typ)"), "spice",
                deck("libloop.cir", "t\n" + CIRCUIT + ".lib loop.lib typ\n.op\n.end\n"));
    }

    @Test
    void includesNestedTooDeeplyAreRejectedNamingTheDepth() throws IOException {
        for (int i = 0; i < 24; i++) file("chain/n" + i + ".inc", "R" + (i + 2) + " in 0 1k\n.include n" + (i + 1) + ".inc\n");
        file("chain/n24.inc", "R99 in 0 1k\n");
        check(dir, SPICE, List.of("nested at most 16 deep", "deep.cir -> chain/n0.inc -> chain/n1.inc"), "spice",
                deck("deep.cir", "t\n" + CIRCUIT + ".include chain/n0.inc\n.op\n.end\n"));
    }

    @Test
    void anIncludeThatIsAFolderIsNamed() throws IOException {
        Files.createDirectories(dir.resolve("models.inc"));
        check(dir, SPICE, List.of("folder.cir:4", "'models.inc', a folder"), "spice",
                deck("folder.cir", "t\n" + CIRCUIT + ".include models.inc\n.op\n.end\n"));
    }

    @Test
    void anIncludeOfADeviceIsRefusedWithoutReadingIt() throws IOException {
        check(dir, SPICE, List.of("zero.cir:4", "'/dev/zero'", "special file"), "spice",
                deck("zero.cir", "t\n" + CIRCUIT + ".include /dev/zero\n.op\n.end\n"));
    }

    @Test
    void anIncludeOfANamedPipeIsRefusedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("pipe.inc");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        check(dir, SPICE, List.of("fifo.cir:4", "'pipe.inc'", "special file"), "spice",
                deck("fifo.cir", "t\n" + CIRCUIT + ".include pipe.inc\n.op\n.end\n"));
    }

    @Test
    void aLibSectionThatIsNotThereNamesTheSectionsThatAre() throws IOException {
        file("corners.lib", ".lib tt\nR2 in 0 2k\n.endl tt\n.lib ff\nR2 in 0 1k\n.endl ff\n");
        check(dir, SPICE, List.of("section.cir:4", "a section 'ss' in corners.lib", "[tt, ff]"), "spice",
                deck("section.cir", "t\n" + CIRCUIT + ".lib corners.lib ss\n.op\n.end\n"));
    }

    @Test
    void aMissingLibFileIsNamed() throws IOException {
        check(dir, SPICE, List.of("nolib.cir:4", "'gone.lib'"), "spice", deck("nolib.cir", "t\n" + CIRCUIT + ".lib gone.lib tt\n.op\n.end\n"));
    }

    @Test
    void aLibSectionWithoutEndlIsNamed() throws IOException {
        file("open.lib", ".lib tt\nR2 in 0 2k\n");
        check(dir, SPICE, List.of("endl.cir:4", "'.endl' closing section 'tt'"), "spice",
                deck("endl.cir", "t\n" + CIRCUIT + ".lib open.lib tt\n.op\n.end\n"));
    }

    @Test
    void aCardNgspiceRejectsInAnIncludedFileIsNamedWithTheIncludedFilesLine() throws IOException {
        file("parts.inc", "R2 in 0 2k\nQ5 a b\n");
        checkInChild(dir, SPICE, List.of("parts.inc:2 (included from parts.cir:4)", "q5 a b"), CHILD_SECONDS, "spice",
                deck("parts.cir", "t\n" + CIRCUIT + ".include parts.inc\n.op\n.end\n"));
    }

    // ----------------------------------------------------------------- sourced decks (trusted)

    @Test
    void aSourcedDeckWithTheCrashingCardIsRefusedSinceNgspiceReadsItItself() throws IOException {
        file("drive.cir", "driven\nV1 in 0 0\n+ external\nR1 in 0 1k\n.op\n.end\n");
        checkInChild(dir, SPICE, List.of("drive.cir:2 (sourced from outer.cir:5)", "'V1 in 0 0 external'"), CHILD_SECONDS, "spice", "--in-process",
                control("outer.cir", "source drive.cir", "op"));
    }

    @Test
    void aSourceNamedAtRunTimeIsRefusedInProcessSinceNoScreenCanReadIt() throws IOException {
        file("drive.cir", "driven\nV1 in 0 0\n+ external\nR1 in 0 1k\n.op\n.end\n");
        checkInChild(dir, SPICE, List.of("named.cir:6", "a source with a literal file name", "'source $d'"), CHILD_SECONDS, "spice",
                "--in-process", control("named.cir", "set d = drive.cir", "source $d", "op"));
    }

    @Test
    void aDeckThatSourcesItselfIsRefused() throws IOException {
        check(dir, SPICE, List.of("again.cir:5", "does not source itself"), "spice", control("again.cir", "source again.cir"));
    }

    @Test
    void twoDecksThatSourceEachOtherAreRefused() throws IOException {
        file("ping.cir", "ping\nR1 a 0 1\n.control\nsource pong.cir\n.endc\n.end\n");
        file("pong.cir", "pong\nR1 a 0 1\n.control\nsource \"ping.cir\"\n.endc\n.end\n");
        check(dir, SPICE, List.of("pong.cir:4 (sourced from ping.cir:4)", "does not source itself"), "spice", dir.resolve("ping.cir").toString());
    }

    // ----------------------------------------------------------------- untrusted decks

    private void refused(String name, List<String> mustName, String... commands) throws IOException {
        check(dir, SPICE, mustName, "spice", "--untrusted", control(name, commands));
    }

    @Test
    void untrustedShellIsRefused() throws IOException {
        refused("shell.cir", List.of("shell.cir:6", "an untrusted deck may run", "'shell'"), "op", "shell touch " + dir.resolve("owned"));
    }

    @Test
    void untrustedShellAfterASemicolonIsRefused() throws IOException {
        refused("semi.cir", List.of("semi.cir:5", "'shell'"), "op ; shell id");
    }

    @Test
    void untrustedBackQuotesAreRefused() throws IOException {
        refused("bq.cir", List.of("bq.cir:5", "back-quoted"), "echo `shell id`");
    }

    @Test
    void untrustedSourceIsRefused() throws IOException {
        refused("src.cir", List.of("src.cir:5", "'source'"), "source /etc/passwd");
    }

    @Test
    void untrustedCdIsRefused() throws IOException {
        refused("cd.cir", List.of("cd.cir:6", "'cd'"), "op", "cd /");
    }

    @Test
    void untrustedCodemodelIsRefused() throws IOException {
        refused("cm.cir", List.of("cm.cir:5", "'codemodel'"), "codemodel /tmp/evil.cm");
    }

    @Test
    void untrustedAliasIsRefused() throws IOException {
        refused("alias.cir", List.of("alias.cir:5", "'alias'"), "alias run2 shell", "run2 id");
    }

    @Test
    void untrustedCommandNamedByAVariableIsRefused() throws IOException {
        refused("var.cir", List.of("var.cir:6", "named by a variable"), "set c = shell", "$c id");
    }

    @Test
    void untrustedHistorySubstitutionIsRefused() throws IOException {
        refused("bang.cir", List.of("bang.cir:6", "'!'"), "op", "!!");
    }

    @Test
    void untrustedCommentCommandIsRefused() throws IOException {
        check(dir, SPICE, List.of("star.cir:4", "'shell'"), "spice", "--untrusted", deck("star.cir", "t\n" + CIRCUIT + "*# shell id\n.op\n.end\n"));
    }

    @Test
    void untrustedWriteOutsideTheWorkingFolderIsRefused() throws IOException {
        refused("write.cir", List.of("write.cir:6", "a plain file name after write", "'/tmp/stolen.raw'"), "op", "write /tmp/stolen.raw");
    }

    @Test
    void untrustedRedirectionOutsideTheWorkingFolderIsRefused() throws IOException {
        refused("redir.cir", List.of("redir.cir:6", "redirection", "'>> ../up.txt'"), "op", "print all >> ../up.txt");
    }

    @Test
    void untrustedShellOnAContinuationLineIsRefused() throws IOException {
        refused("plus.cir", List.of("plus.cir:7", "'shell'"), "op", "echo a", "+ ; shell id");
    }

    @Test
    void untrustedShellInAnIncludedControlBlockIsRefused() throws IOException {
        file("ctl.inc", "op\nshell id\n");
        refused("ctlinc.cir", List.of("ctl.inc:2 (included from ctlinc.cir:5)", "'shell'"), ".include ctl.inc");
    }

    @Test
    void untrustedIncludeFromOutsideTheDecksFolderIsRefused() throws IOException {
        Path outside = Files.createTempFile("memcim-outside", ".inc");
        try {
            Files.writeString(outside, "R2 in 0 2k\n");
            check(dir, SPICE, List.of("out.cir:4", "inside the deck's folder", outside.getFileName().toString()), "spice", "--untrusted",
                    deck("out.cir", "t\n" + CIRCUIT + ".include " + outside + "\n.op\n.end\n"));
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void untrustedDecksDoNotRunInThisJvm() throws IOException {
        check(dir, SPICE, List.of("--in-process", "--untrusted"), "spice", "--untrusted", "--in-process", control("inproc.cir", "op"));
    }

    @Test
    void aTrustedShellStillRunsAsInNgspice() throws IOException {
        // the default is ngspice's behaviour: the user's own deck runs its shell commands
        Path mark = dir.resolve("ran");
        CliRun r = BadInput.child(CHILD_SECONDS, "spice", control("trusted.cir", "op", "shell touch " + mark));
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(mark));
    }

    // ----------------------------------------------------------------- time limits

    private void stoppedAtTheLimit(String name, String... commands) throws IOException {
        long t0 = System.nanoTime();
        checkInChild(dir, SPICE, List.of(name, "--time-limit 2 s", "still running after 2 s"), CHILD_SECONDS, "spice", "--time-limit", "2s",
                control(name, commands));
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(seconds < 40, "the deck was stopped at its limit, took " + seconds + " s");
    }

    @Test
    void aWhileOneLoopEndsAtTheTimeLimit() throws IOException {
        stoppedAtTheLimit("while.cir", "let i = 0", "while 1", "let i = i + 1", "end");
    }

    @Test
    void aLoopThatPrintsForeverEndsAtTheTimeLimit() throws IOException {
        stoppedAtTheLimit("echo.cir", "while 1", "echo printing as fast as ngspice can", "end");
    }

    @Test
    void aDowhileLoopThatNeverEndsEndsAtTheTimeLimit() throws IOException {
        stoppedAtTheLimit("dowhile.cir", "op", "let k = 1", "dowhile k > 0", "let k = k + 1", "end");
    }

    @Test
    void aWorkerKilledAtTheTimeLimitLeavesNothingInTheTemporaryFolder() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("private-tmp"));
        String deck = control("spin.cir", "op", "while 1", "let x = 1", "end");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.io.tmpdir=" + tmp,
                "-cp", System.getProperty("java.class.path"), "-XX:-CreateCoredumpOnCrash", Main.class.getName(),
                "spice", "--time-limit", "2s", deck);
        Path log = dir.resolve("child.log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).directory(tmp.toFile()).start();
        boolean sawRunFolder = false; // the worker's temporary files (its run's dump folder) are inside this run's folder
        long deadline = System.nanoTime() + CHILD_SECONDS * 1_000_000_000L;
        while (p.isAlive() && System.nanoTime() < deadline) {
            try (Stream<Path> walk = Files.walk(tmp)) {
                sawRunFolder |= walk.anyMatch(f -> f.getFileName().toString().startsWith("memcim-batch-")
                        && f.getParent().getFileName().toString().startsWith("memcim-worker-"));
            } catch (IOException | java.io.UncheckedIOException vanished) {
                // a folder went away while walking: look again
            }
            Thread.sleep(100);
        }
        assertTrue(p.waitFor(5, java.util.concurrent.TimeUnit.SECONDS));
        String out = Files.readString(log);
        Files.delete(log);
        assertTrue(sawRunFolder, "the worker kept its temporary files in its own folder under java.io.tmpdir\n" + out);
        assertEquals(2, p.exitValue(), out);
        assertTrue(out.contains("still running after 2 s"), out);
        try (Stream<Path> left = Files.list(tmp)) {
            List<String> names = left.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("memcim")).toList();
            assertEquals(List.of(), names, "the killed worker's run folder and library copy are removed");
        }
    }

    @Test
    void aTimeLimitWithTheInProcessEngineIsRefused() throws IOException {
        check(dir, SPICE, List.of("--in-process", "--time-limit"), "spice", "--in-process", "--time-limit", "5s", control("ip.cir", "op"));
    }

    @Test
    void aTimeLimitOfZeroIsRefused() throws IOException {
        check(dir, SPICE, List.of("--time-limit", "from 100ms to 24h"), "spice", "--time-limit", "0s", control("zero-limit.cir", "op"));
    }

    @Test
    void theOldTimeoutNameIsCheckedTheSameWay() throws IOException {
        check(dir, SPICE, List.of("--timeout", "from 100ms to 24h", "found '0'"), "spice", "--timeout", "0", control("old.cir", "op"));
    }

    @Test
    void aTimeLimitGivenUnderBothNamesIsRefused() throws IOException {
        check(dir, SPICE, List.of("--timeout", "once"), "spice", "--timeout", "5", "--time-limit", "5s", control("both.cir", "op"));
    }

    @Test
    void aTimeLimitThatIsNotADurationIsRefused() throws IOException {
        check(dir, SPICE, List.of("--time-limit", "'forever'"), "spice", "--time-limit", "forever", control("words.cir", "op"));
    }

    // ----------------------------------------------------------------- ngspice's own errors, crashes, no circuit

    @Test
    void bgRunInABatchDeckIsAnErrorNotExitZero() throws IOException {
        checkInChild(dir, SPICE, List.of("bgrun.cir", "'bg_run: no such command available in ngspice'"), CHILD_SECONDS, "spice",
                control("bgrun.cir", "bg_run", "op"));
    }

    @Test
    void aWriteThatFailsIsAnErrorNotExitZero() throws IOException {
        checkInChild(dir, SPICE, List.of("badwrite.cir", "/nonexistent-memcim/x.raw: No such file or directory"), CHILD_SECONDS, "spice",
                control("badwrite.cir", "op", "write /nonexistent-memcim/x.raw"));
    }

    @Test
    void anUnknownCommandIsAnErrorNotExitZero() throws IOException {
        checkInChild(dir, SPICE, List.of("frob.cir", "frobnicate: no such command"), CHILD_SECONDS, "spice", control("frob.cir", "op", "frobnicate 3"));
    }

    @Test
    void aPlotThatIsNotThereIsAnErrorNotExitZero() throws IOException {
        checkInChild(dir, SPICE, List.of("plot.cir", "no such plot named tran9"), CHILD_SECONDS, "spice", control("plot.cir", "op", "setplot tran9"));
    }

    @Test
    void aDeckWithoutACircuitIsNotReportedAsSimulated() throws IOException {
        check(dir, SPICE, List.of("nocircuit.cir", "a circuit"), "spice",
                deck("nocircuit.cir", "no circuit\n.control\nop\nlet x = 2\nprint x\n.endc\n.end\n"));
    }

    @Test
    void aDeckOfCommentsAndAnAnalysisIsNotACircuit() throws IOException {
        check(dir, SPICE, List.of("comments.cir", "a circuit"), "spice", deck("comments.cir", "t\n* R1 in 0 1k\n\n.op\n.end\n"));
    }

    @Test
    void aCrashInTheWorkerIsOneLineAndExitCodeThree() throws IOException {
        // ngspice 39 segfaults on the sensitivity of a differential BJT output
        String crash = deck("diffsens.cir", "sens of a differential output\nvcc 8 0 12\nrc1 4 8 10k\nrc2 5 8 10k\nq1 4 2 0 qn\n"
                + "q2 5 2 0 qn\nrb 2 8 1meg\n.model qn npn(bf=80 rb=100)\n.sens v(5,4)\n.end\n");
        BadInput.Snapshot before = BadInput.Snapshot.of(dir);
        CliRun r = BadInput.child(CHILD_SECONDS, "spice", crash);
        List<String> lines = r.err().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(3, r.code(), r.err());
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("memcim spice: error: " + crash + ": expected a deck ngspice runs without crashing, found ngspice crashed (SIGSEGV)"),
                lines.get(0));
        assertFalse(r.err().contains("Exception") || r.err().matches("(?s).*\\sat [\\w.$]+\\(.*"), r.err());
        assertEquals(before, BadInput.Snapshot.of(dir));
    }

    // ----------------------------------------------------------------- verify hdl

    private Path testbenches(String sar, String lfsr) throws IOException {
        Path tb = Files.createDirectories(dir.resolve("tb"));
        if (sar != null) Files.writeString(tb.resolve("tb_sar_ideal.v"), sar);
        if (lfsr != null) Files.writeString(tb.resolve("tb_lfsr_period.v"), lfsr);
        return tb;
    }

    private CliRun verify(Path tb) throws IOException {
        Path work = Files.createTempDirectory("memcim-verify-test");
        try {
            return CliRun.memcim("verify", "hdl", "--testbenches", tb.toString(), "--work", work.toString(), "--time-limit", "5s");
        } finally {
            try (Stream<Path> s = Files.walk(work)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void failedWith(CliRun r, String testbench, String reason) {
        List<String> lines = r.out().lines().toList();
        int at = -1;
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith("FAIL " + testbench + " ")) at = i;
        assertTrue(at >= 0 && at + 1 < lines.size(), testbench + " counted failed\n" + r.out());
        assertEquals("     " + reason, lines.get(at + 1).replaceFirst("(within \\d+ s).*", "$1"), r.out());
    }

    @Test
    void aTestbenchThatDoesNotCompileAndOneThatNeverFinishesAreCountedFailedAndTheOthersRun() throws IOException {
        Path tb = testbenches("module tb_sar_ideal;\n  reg x\n  initial $finish;\nendmodule\n",
                "module tb_lfsr_period;\n  reg clk = 0;\n  always #1 clk = ~clk;\nendmodule\n");
        long t0 = System.nanoTime();
        CliRun r = verify(tb);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(1, r.code(), r.out() + r.err());
        failedWith(r, "tb_sar_ideal", "does not compile: tb_sar_ideal.v:3: syntax error");
        failedWith(r, "tb_lfsr_period", "did not finish within 5 s");
        assertTrue(r.out().contains((GENERATED) + " passed, 2 failed"), r.out());
        assertTrue(seconds < 60, "took " + seconds + " s");
    }

    @Test
    void aMissingTestbenchAndOneThatPrintsForeverAreCountedFailed() throws IOException {
        Path tb = testbenches(null, "module tb_lfsr_period;\n  always #1 $display(\"printing as fast as it can\");\nendmodule\n");
        CliRun r = verify(tb);
        assertEquals(1, r.code(), r.out() + r.err());
        failedWith(r, "tb_sar_ideal", "no testbench file " + tb.resolve("tb_sar_ideal.v"));
        failedWith(r, "tb_lfsr_period", "did not finish within 5 s");
        assertTrue(r.out().contains((GENERATED) + " passed, 2 failed"), r.out());
    }

    @Test
    void aTestbenchWhoseModuleIsMisnamedIsCountedFailedWithTheCompilersLine() throws IOException {
        Path tb = testbenches("module tb_other;\n  initial $finish;\nendmodule\n", null);
        Files.copy(Path.of("../testbenches/hdl/tb_lfsr_period.v"), tb.resolve("tb_lfsr_period.v"));
        CliRun r = verify(tb);
        assertEquals(1, r.code(), r.out() + r.err());
        List<String> lines = r.out().lines().toList();
        int at = lines.indexOf(lines.stream().filter(l -> l.startsWith("FAIL tb_sar_ideal ")).findFirst().orElse("?"));
        assertTrue(at >= 0, r.out());
        assertTrue(lines.get(at + 1).startsWith("     does not compile: ") && lines.get(at + 1).contains("tb_sar_ideal"), lines.get(at + 1));
        assertTrue(r.out().contains("PASS tb_lfsr_period"), r.out());
        assertTrue(r.out().contains((GENERATED + 1) + " passed, 1 failed"), r.out());
    }

    @Test
    void aTestbenchTimeLimitOfZeroIsRefused() throws IOException {
        check(dir, "memcim verify hdl", List.of("--time-limit", "from 100ms to 24h"), "verify", "hdl", "--time-limit", "0s",
                "--testbenches", testbenches(null, null).toString());
    }
}
