package memcim.spice;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Jobs in child JVMs: same answers as in-process, typed errors across the boundary, crashes survived. */
class SpiceWorkerPoolTest {
    private static final String DIVIDER = """
            divider %d
            V1 in 0 %d
            R1 in out 1k
            R2 out 0 3k
            .op
            .end
            """;
    private static final List<String> reports = new CopyOnWriteArrayList<>();
    private static SpiceWorkerPool pool;

    @BeforeAll
    static void startPool() {
        pool = new SpiceWorkerPool(2, Duration.ofSeconds(60), reports::add);
    }

    @AfterAll
    static void stopPool() {
        pool.close();
    }

    @Test
    void jobsGiveTheSameAnswersAsInProcess() {
        List<CompletableFuture<SpiceResult>> futures = new ArrayList<>();
        for (int v = 1; v <= 4; v++) futures.add(pool.submit(SpiceJob.of(DIVIDER.formatted(v, v))));
        for (int v = 1; v <= 4; v++) {
            SpiceResult r = futures.get(v - 1).join();
            assertEquals(0.75 * v, r.realVector("out")[0], 1e-12);
            assertEquals(List.of("in", "out", "v1#branch"), List.copyOf(r.real().keySet()));
        }
        SpiceJob ac = SpiceJob.of("""
                low-pass
                V1 in 0 dc 0 ac 1
                R1 in out 1k
                C1 out 0 1n
                .ac dec 5 1k 1meg
                """).withVectors("v(out)");
        SpiceResult remote = pool.submit(ac).join();
        SpiceResult local = NgSpice.shared().runJob(ac);
        assertEquals(local.complex().keySet(), remote.complex().keySet());
        double[][] l = local.complexVector("v(out)"), r = remote.complexVector("v(out)");
        for (int i = 0; i < l.length; i++) assertArrayEquals(l[i], r[i], 0.0);
    }

    @Test
    void parseErrorsKeepTheirTypeAndLine() {
        CompletionException e = assertThrows(CompletionException.class,
                () -> pool.submit(SpiceJob.of("bad\nV1 in 0 1\nQ5 a b\n.op\n").named("bad.cir")).join());
        SpiceParseException p = assertInstanceOf(SpiceParseException.class, e.getCause());
        assertEquals(3, p.line());
        assertTrue(p.getMessage().startsWith("bad.cir:3:"), p.getMessage());
    }

    @Test
    void aJobOverItsTimeoutFailsInsteadOfHanging() {
        List<String> mine = new CopyOnWriteArrayList<>();
        try (SpiceWorkerPool slow = new SpiceWorkerPool(1, Duration.ofSeconds(3), mine::add)) {
            SpiceJob endless = SpiceJob.of("""
                    far too long
                    V1 in 0 sin(0 1 1g)
                    R1 in out 1k
                    C1 out 0 1p
                    .tran 1p 1
                    """);
            long start = System.nanoTime();
            CompletionException e = assertThrows(CompletionException.class, () -> slow.submit(endless).join());
            assertTrue(e.getCause().getMessage().contains("timed out after 3 s"), e.getCause().getMessage());
            assertTrue((System.nanoTime() - start) / 1e9 < 30, "the timeout did not end the wait");
            assertEquals(1, slow.workersReplaced());
            assertEquals(0.75, slow.submit(SpiceJob.of(DIVIDER.formatted(1, 1))).join().realVector("out")[0], 1e-12);
            assertEquals(2, slow.processesStarted());
        }
    }

    @Test
    void aCrashedWorkerIsReportedAndReplaced() {
        int replacedBefore = pool.workersReplaced();
        // The card the engine normally rewrites: ngspice 39 segfaults on it during the run.
        SpiceJob crashing = SpiceJob.of("""
                segfault card
                V1 in 0 0 external
                R1 in 0 1k
                .tran 1n 10n
                """).withoutDeckChecks();
        CompletionException e = assertThrows(CompletionException.class, () -> pool.submit(crashing).join());
        SpiceCrashException w = assertInstanceOf(SpiceCrashException.class, e.getCause(), () -> e.getCause().toString());
        assertEquals("ngspice crashed (SIGSEGV) while running job 'segfault card'; the deck was run in an isolated worker", w.getMessage());
        assertEquals("SIGSEGV", w.signal());
        assertTrue(w.details().contains("libngspice"), w.details());
        assertEquals(replacedBefore + 1, pool.workersReplaced());
        assertTrue(reports.stream().anyMatch(r -> r.contains("lost, a new one takes its place")), reports.toString());
        for (int v = 5; v <= 6; v++) {
            assertEquals(0.75 * v, pool.submit(SpiceJob.of(DIVIDER.formatted(v, v))).join().realVector("out")[0], 1e-12);
        }
        // The same card through the checked path runs, rewritten.
        SpiceResult safe = pool.submit(new SpiceJob(crashing.deck(), "ok.cir", List.of(), List.of("v(in)"), true)).join();
        assertEquals(0.0, safe.realVector("v(in)")[0], 0.0);
        assertTrue(safe.warnings().get(0).contains("rewrote"), safe.warnings().toString());
    }

    @Test
    void aBatchJobPastItsOwnTimeLimitKillsItsWorkerAndTheNextJobRuns() {
        List<String> lost = new ArrayList<>();
        try (SpiceWorkerPool own = new SpiceWorkerPool(1, Duration.ofSeconds(60), lost::add)) {
            BatchJob loop = BatchJob.of("spin\nV1 a 0 1\nR1 a 0 1k\n.control\nwhile 1\nlet x = 1\nend\n.endc\n.end\n")
                    .withTimeLimit(Duration.ofMillis(1500));
            long t0 = System.nanoTime();
            CompletionException e = assertThrows(CompletionException.class, () -> own.submitBatch(loop).join());
            double seconds = (System.nanoTime() - t0) / 1e9;
            SpiceTimeLimitException limit = assertInstanceOf(SpiceTimeLimitException.class, e.getCause());
            assertEquals(Duration.ofMillis(1500), limit.limit());
            assertTrue(limit.getMessage().startsWith("worker process timed out after 1.50 s and was killed while running deck"), limit.getMessage());
            assertTrue(seconds < 30, "stopped after " + seconds + " s");
            BatchResult next = own.submitBatch(BatchJob.of(String.format(DIVIDER, 1, 4))).join();
            assertEquals(3.0, next.lastPlot().find("v(out)").real()[0], 1e-12);
            assertEquals(1, own.workersReplaced());
        }
    }

    @Test
    void anUntrustedBatchJobIsRefusedInTheWorkerToo() {
        BatchJob shell = BatchJob.of("t\nV1 a 0 1\nR1 a 0 1k\n.control\nshell id\n.endc\n.end\n").asUntrusted();
        CompletionException e = assertThrows(CompletionException.class, () -> pool.submitBatch(shell).join());
        assertInstanceOf(SpiceParseException.class, e.getCause());
        assertTrue(e.getCause().getMessage().startsWith("deck:5: expected a control command an untrusted deck may run"), e.getCause().getMessage());
    }
}
