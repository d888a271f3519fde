package memcim.spice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batch semantics of {@code ngspice -b}, in-process and isolated, against closed forms. */
class BatchRunTest {
    @TempDir Path dir;

    private static final String RC = """
            rc low-pass, R = 1k, C = 1u
            V1 in 0 dc 1 ac 1
            R1 in out 1k
            C1 out 0 1u
            """;

    @Test
    void quitEndsTheDeckNotTheEngineAndEveryPlotComesBackWithItsScale() {
        BatchResult r = NgSpice.shared().runBatch(BatchJob.of(RC + """
                .control
                op
                tran 10u 2m uic
                meas tran v1ms find v(out) at=1m
                ac dec 5 10 10k
                dc v1 0 1 0.25
                quit 2
                echo never printed
                .endc
                .end
                """));
        assertEquals(2, r.quitStatus());
        assertEquals(List.of("op1", "tran1", "ac1", "dc1"), r.plots().stream().map(SpicePlot::name).toList());
        assertEquals(List.of("v(in)", "time", "frequency", "v(v-sweep)"), r.plots().stream().map(p -> p.scale().name()).toList());
        // DC: a capacitor is open, v(out) = v(in) along the sweep
        assertEquals(List.of(0.0, 0.25, 0.5, 0.75, 1.0), java.util.Arrays.stream(r.plot("dc1").find("out").real()).boxed().toList());
        // AC: |H| = 1 / sqrt(1 + (wRC)^2)
        SpicePlot ac = r.plot("ac1");
        double[] f = ac.scale().complex()[0];
        double[] h = ac.find("v(out)").complex()[0];
        double wrc = 2 * Math.PI * f[0] * 1e-3;
        assertEquals(1 / Math.sqrt(1 + wrc * wrc), Math.hypot(h[0], h[1]), 1e-9);
        // TRAN from 0 (uic): v(out) = 1 - exp(-t/RC); the meas lands in the plot current at that time
        assertEquals(1 - Math.exp(-1), r.measures().get("v1ms"), 2e-3);
        assertTrue(r.output().stream().noneMatch(l -> l.contains("never printed")), r.output().toString());
        assertTrue(r.output().stream().noneMatch(l -> l.contains(BatchDeck.PLOTS_MARKER)), "memcim's own lines are not shown");
        // the engine carries on
        BatchResult next = NgSpice.shared().runBatch(BatchJob.of(RC + ".op\n.end\n"));
        assertNull(next.quitStatus());
        assertEquals(1.0, next.plot("op1").find("v(out)").real()[0], 1e-12);
    }

    @Test
    void aDeckWithSeveralAnalysesAndNoControlBlockReturnsAllOfThem() {
        BatchResult r = NgSpice.shared().runBatch(BatchJob.of(RC + ".ac lin 31 1 1k\n.op\n.end\n"));
        assertEquals(List.of("ac1", "op1"), r.plots().stream().map(SpicePlot::name).toList());
        assertEquals(31, r.plot("ac1").scale().length());
    }

    @Test
    void warningsAndNotesAreReportedNotFatalAndNamesKeepTheirBrackets() {
        BatchResult r = NgSpice.shared().runBatch(BatchJob.of("""
                warnings
                V1 in 0 2
                R1 in out 1k
                R2 out 0 1k
                D1 out 0 dm
                .model dm D(is=1e-30 xyzzy=3)
                .save all @r1[i] @r1[p]
                .op
                .end
                """));
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("Warning: Model issue on line")), r.warnings().toString());
        assertTrue(r.output().stream().anyMatch(l -> l.contains("unrecognized parameter (xyzzy) - ignored")), r.output().toString());
        // the diode (is = 1e-30) carries nothing at 1 V: R1 and R2 divide
        assertEquals(1e-3, r.plot("op1").find("i(@r1[i])").real()[0], 1e-11);
        assertEquals(1e-3, r.plot("op1").find("@r1[p]").real()[0], 1e-11); // 1 V across 1k (and ngspice's gmin)
    }

    @Test
    void includesAreFoundBesideTheDeckAndBytesReachNgspiceUnchanged() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("lib"));
        Files.writeString(sub.resolve("models.inc"), "R2 out 0 1k\n");
        Files.write(sub.resolve("deck.cir"), ("d\u00e9ck\n* \u00ff\u00fe bytes that are not UTF-8\nV1 in 0 2\nR1 in out 1k\n.include models.inc\n.op\n.end\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        BatchResult r = NgSpice.shared().runBatch(BatchJob.ofFile(sub.resolve("deck.cir")));
        assertEquals(1.0, r.plot("op1").find("v(out)").real()[0], 1e-12);
        assertEquals("d\u00e9ck", r.plot("op1").title());
    }

    @Test
    void rawFilesRoundTripInBothFormats() {
        BatchResult r = NgSpice.shared().runBatch(BatchJob.of(RC + ".control\nop\nac dec 3 10 1k\ntran 50u 1m\nmeas tran m1 find v(out) at=0.5m\n.endc\n.end\n"));
        for (RawWriter.Format format : RawWriter.Format.values()) {
            List<SpicePlot> back = RawReader.read(RawWriter.write(r.plots(), format), "memory." + format);
            assertEquals(r.plots().size(), back.size());
            for (int p = 0; p < back.size(); p++) {
                SpicePlot a = r.plots().get(p), b = back.get(p);
                assertEquals(a.plotname(), b.plotname());
                assertEquals(a.vectors().size(), b.vectors().size());
                for (int v = 0; v < a.vectors().size(); v++) {
                    SpiceVector x = a.vectors().get(v), y = b.vectors().get(v);
                    assertEquals(x.name(), y.name());
                    assertEquals(x.type(), y.type());
                    assertEquals(x.length(), y.length(), x.name() + ": unpadded lengths survive (a meas result is 1 long)");
                    double[][] cx = x.complex(), cy = y.complex();
                    for (int i = 0; i < cx.length; i++) {
                        double tol = format == RawWriter.Format.BINARY ? 0 : 1e-14 * Math.max(1e-300, Math.abs(cx[i][0]));
                        assertEquals(cx[i][0], cy[i][0], tol);
                    }
                }
            }
        }
    }

    @Test
    void aDeckThatCrashesNgspiceTwentyTimesGivesTwentyClearErrorsThenAGoodDeckRuns() throws Exception {
        // ngspice 39 (ngspice -b as well) segfaults on the sensitivity of a differential BJT output.
        Path crash = dir.resolve("diffsens.cir");
        Files.writeString(crash, """
                sens of a differential output
                vcc 8 0 12
                rc1 4 8 10k
                rc2 5 8 10k
                q1 4 2 0 qn
                q2 5 2 0 qn
                rb 2 8 1meg
                .model qn npn(bf=80 rb=100)
                .sens v(5,4)
                .end
                """);
        List<String> lost = new ArrayList<>();
        try (SpiceWorkerPool pool = new SpiceWorkerPool(1, Duration.ofSeconds(60), lost::add)) {
            for (int i = 0; i < 20; i++) {
                CompletionException e = assertThrows(CompletionException.class, () -> pool.submitBatch(BatchJob.ofFile(crash)).join());
                SpiceCrashException c = assertInstanceOf(SpiceCrashException.class, e.getCause());
                assertEquals("ngspice crashed (SIGSEGV) while running diffsens.cir; the deck was run in an isolated worker", c.getMessage());
            }
            assertEquals(20, pool.workersReplaced());
            BatchResult good = pool.submitBatch(BatchJob.of(RC + ".op\n.end\n")).join();
            assertEquals(1.0, good.plot("op1").find("v(out)").real()[0], 1e-12);
        }
        try (var s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith("hs_err")));
        }
    }
}
