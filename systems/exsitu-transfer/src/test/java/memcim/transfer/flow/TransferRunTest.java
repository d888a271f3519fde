package memcim.transfer.flow;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import memcim.core.Json;
import memcim.device.DevicePresets;
import memcim.transfer.mcmc.McmcSettings;
import memcim.transfer.plan.ProgrammingCost;
import memcim.transfer.plan.SingleSetTransfer.ComponentChoice;
import memcim.transfer.posterior.PosteriorSettings;
import org.junit.jupiter.api.Test;

/**
 * The transfer end to end on a small moons posterior (short chains, no SPICE rows: the SPICE read of a 128 × 128
 * array has its own test in readout): what the issue asks of the layout and the pulses, the routes' figures in
 * range, the programming costs from the card, and the same seed giving the same figures.
 */
class TransferRunTest {
    private static TransferSettings small(long seed) {
        var card = DevicePresets.load("hfox-1t1r");
        PosteriorSettings p = PosteriorSettings.defaults().withMcmc(new McmcSettings(2, 150, 100, 1, seed));
        return new TransferSettings(card, p, 128, 4, false, ComponentChoice.POSTERIOR_DRAW, 0, 0.25, 1.0, Double.NaN, seed);
    }

    @Test
    void everyDeviceGetsOneSetAndTheFiguresAreThoseOfTheRun() {
        TaskData task = PlaneTasks.moons(80, 200, 3);
        List<String> log = new ArrayList<>();
        TransferOutcome o = TransferRun.run(task, small(3), null, log::add);
        TransferResult r = o.result();
        assertEquals(128L * 120, r.devices(), "128 rows x (60 weights x 2 cells)");
        assertEquals(1, r.pulsesPerDevice());
        assertEquals(1, r.arrays());
        ProgrammingCost single = r.programming().get(0);
        assertEquals(r.devices(), single.pulses(), "one pulse per device");
        // every SET at most V_set·Icc·t_set, and at least that of the lowest compliance
        var c = DevicePresets.load("hfox-1t1r").programmingConditions();
        assertTrue(single.joules() <= r.devices() * c.setJoules(200e-6) && single.joules() >= r.devices() * c.setJoules(10e-6));
        assertTrue(r.programming().get(1).pulsesPerDevice() >= 2, "a verify try is a RESET and a SET");
        for (RouteFigures f : List.of(r.software(), r.transferred(), r.verifiedDraws(), r.conventional())) {
            assertTrue(f.accuracy() > 0.5 && f.accuracy() <= 1, f.toString());
            assertTrue(f.expectedCalibrationError() >= 0 && f.expectedCalibrationError() < 0.5, f.toString());
            assertTrue(f.aurocEpistemic() >= 0 && f.aurocEpistemic() <= 1, f.toString());
        }
        assertEquals(200, r.software().instances(), "2 chains x 100 draws");
        assertEquals(128, r.transferred().instances());
        assertTrue(r.gridAgreement() > 0.5 && r.gridAgreement() <= 1);
        assertEquals(o.softwareGrid().agreement(o.transferredGrid()), r.gridAgreement());
        assertTrue(r.epistemicMapError() >= 0);
        assertEquals(PlaneTasks.FAR_POINTS, task.test().size() - 200, "the far-from-data points are the unseen class");
        assertTrue(log.stream().anyMatch(l -> l.startsWith("plan: 128 rows")), log.toString());
        assertNotNull(TransferReport.of(o));
    }

    @Test
    void theSameSeedGivesTheSameFigures() {
        TaskData task = PlaneTasks.moons(60, 100, 5);
        String a = Json.write(withoutTimes(TransferRun.run(task, small(5), null, l -> {}).result()));
        String b = Json.write(withoutTimes(TransferRun.run(task, small(5), null, l -> {}).result()));
        assertEquals(a, b);
    }

    private static TransferResult withoutTimes(TransferResult r) {
        var p = r.posterior();
        var posterior = new memcim.transfer.posterior.PosteriorDiagnostics(p.kernel(), p.chains(), p.drawsPerChain(), p.meanAcceptance(),
                p.acceptance(), p.stepSizes(), p.divergences(), 0, p.densityEvaluations(), p.rhatLogDensity(), p.essLogDensity(),
                p.predictionReadout(), p.gridPoints(), p.gridRhatMax(), p.gridRhatP99(), p.gridEssMin(), p.gridEssMedian(), p.gridRhat(),
                p.weightRhatMin(), p.weightRhatMedian(), p.weightRhatMax(), p.weightEssMin(), p.weightEssMedian(), p.weightEssMax(),
                p.weightRhat(), p.weightEss());
        return new TransferResult(r.task(), r.device(), r.network(), r.layout(), r.devices(), r.pulsesPerDevice(), r.arrays(),
                r.scaleSiemensPerUnit(), r.klNats(), r.componentsPerWeight(), r.componentChoice(), r.software(), r.planned(), r.transferred(),
                r.verifiedDraws(), r.conventional(), r.referenceChip(), r.gridAgreement(), r.epistemicMapError(), r.aleatoricMapError(), r.sigmaRatioMedian(),
                r.programming(), r.spice(), posterior, 0);
    }
}
