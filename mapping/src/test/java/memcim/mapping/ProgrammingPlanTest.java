package memcim.mapping;

import static org.junit.jupiter.api.Assertions.*;

import memcim.core.InputException;
import memcim.device.CellTarget;
import memcim.device.DeviceModel;
import memcim.device.DevicePresets;
import memcim.device.FeasiblePoint;
import memcim.device.ProgrammedArray;
import org.junit.jupiter.api.Test;

/**
 * Plans for 2 samples of a tiny network of 4 weights (layer 0: 1 input × 2 outputs, weights 0–1; layer 1: 2 × 1, weights
 * 2–3), against currents and conductances worked out by hand from the hfox-1t1r card's points: median 10, 15, 20, 28,
 * 39 µS at 10, 15, 20, 30, 45 µA, linear in ln Icc between points.
 */
class ProgrammingPlanTest {
    private final DeviceModel hfox = new DeviceModel(DevicePresets.load("hfox-1t1r"));
    // γ = 5 µS, cells within the medians one SET reaches (10–120 µS)
    private final DifferentialPair pair = new DifferentialPair(5e-6, ConductanceRange.ofSets(hfox.sets()));

    private static void assertCompliance(double amps, CellTarget t, String what) {
        CellTarget.Compliance c = assertInstanceOf(CellTarget.Compliance.class, t, what);
        assertEquals(amps, c.amps(), 1e-12 * amps, what);
    }

    private static void assertConductance(double siemens, CellTarget t, String what) {
        CellTarget.Conductance c = assertInstanceOf(CellTarget.Conductance.class, t, what);
        assertEquals(siemens, c.siemens(), 1e-18, what);
    }

    @Test
    void oneSetPlanPerSampleGivesTheCompliancesOfTheMedians() {
        assertEquals(10e-6, pair.range().minSiemens(), 1e-18);
        assertEquals(120e-6, pair.range().maxSiemens(), 1e-18);
        double[][] w = {{2, -1, 0, 3.6}, {5.8, -2, 1, 0.5}};
        ProgrammingPlan plan = ProgrammingPlan.oneSet(pair, hfox.sets(), w);
        assertEquals(2, plan.samples());
        assertEquals(4, plan.weights());
        // [sample][weight][G⁺, G⁻], amperes. Sample 0: 2 → (20, 10) µS; −1 → (10, 15); 0 → (10, 10); 3.6 → (28, 10).
        // Sample 1: 5.8 → (39, 10); −2 → (10, 20); 1 → (15, 10); 0.5 → (12.5, 10): halfway from 10 to 15 µS is
        // halfway in ln Icc, √(10·15) µA.
        double[][][] amps = {
                {{20e-6, 10e-6}, {10e-6, 15e-6}, {10e-6, 10e-6}, {30e-6, 10e-6}},
                {{45e-6, 10e-6}, {10e-6, 20e-6}, {15e-6, 10e-6}, {Math.sqrt(10 * 15) * 1e-6, 10e-6}}};
        for (int s = 0; s < 2; s++)
            for (int q = 0; q < 4; q++)
                for (int k = 0; k < 2; k++) assertCompliance(amps[s][q][k], plan.target(s, q, k), "s" + s + " w" + q + " cell " + k);
        // layer 1 of sample 1 as its array: rows = inputs, columns 2j (G⁺), 2j + 1 (G⁻)
        CellTarget[][] a = plan.array(1, 2, 2, 1);
        assertEquals(2, a.length);
        assertEquals(2, a[0].length);
        assertCompliance(15e-6, a[0][0], "row 0 G⁺");
        assertCompliance(10e-6, a[0][1], "row 0 G⁻");
        assertCompliance(Math.sqrt(150) * 1e-6, a[1][0], "row 1 G⁺");
        // layer 0 of sample 0: one row, two weights side by side
        CellTarget[][] b = plan.array(0, 0, 1, 2);
        assertCompliance(20e-6, b[0][0], "w0 G⁺");
        assertCompliance(10e-6, b[0][2], "w1 G⁺");
        assertCompliance(15e-6, b[0][3], "w1 G⁻");
    }

    @Test
    void targetPlanOfFourCellWeightsGivesTheSplitConductances() {
        // F = 2, γ = 1 µS, cells within [10, 30] µS: W = 25 → (22.5, 10, 10, 10) µS; 50 → (30, 10, 20, 10);
        // −55 → (10, 30, 10, 25); 0 → all at 10 µS
        MultiPair four = new MultiPair(2, 2, 1e-6, new ConductanceRange(10e-6, 30e-6));
        ProgrammingPlan plan = ProgrammingPlan.targets(four, new double[][] {{25, 50}, {-55, 0}});
        double[][][] us = {{{22.5, 10, 10, 10}, {30, 10, 20, 10}}, {{10, 30, 10, 25}, {10, 10, 10, 10}}};
        for (int s = 0; s < 2; s++)
            for (int q = 0; q < 2; q++)
                for (int k = 0; k < 4; k++) assertConductance(us[s][q][k] * 1e-6, plan.target(s, q, k), "s" + s + " w" + q + " cell " + k);
        // one row holding both weights of sample 1: columns 0–3 weight 0, 4–7 weight 1
        CellTarget[][] a = plan.array(1, 0, 1, 2);
        assertEquals(8, a[0].length);
        assertConductance(30e-6, a[0][1], "G⁻ of −55");
        assertConductance(25e-6, a[0][3], "g⁻ of −55");
        assertConductance(10e-6, a[0][4], "G⁺ of 0");
    }

    @Test
    void theReferenceMappingProgramsEverySampleWithTheSameCompliances() {
        FeasiblePoint[] points = {new FeasiblePoint(10e-6, 5e-6, 30e-6, 10e-6), new FeasiblePoint(-24e-6, 4e-6, 15e-6, 45e-6)};
        CellTarget[][] perWeight = {DifferentialPair.compliances(points[0]), DifferentialPair.compliances(points[1])};
        ProgrammingPlan plan = ProgrammingPlan.sameEverySample(DifferentialPair.of(5e-6), 2, perWeight);
        for (int s = 0; s < 2; s++) {
            assertCompliance(30e-6, plan.target(s, 0, 0), "s" + s);
            assertCompliance(10e-6, plan.target(s, 0, 1), "s" + s);
            assertCompliance(15e-6, plan.target(s, 1, 0), "s" + s);
            assertCompliance(45e-6, plan.target(s, 1, 1), "s" + s);
        }
        // the array programmed from sample 1 draws one SET per cell: its targets are the medians 28, 10, 15, 39 µS
        ProgrammedArray a = ProgrammedArray.program(hfox, plan.array(1, 0, 1, 2), 3);
        double[] medians = {28e-6, 10e-6, 15e-6, 39e-6};
        for (int c = 0; c < 4; c++) assertEquals(medians[c], a.cell(0, c).targetSiemens(), 1e-15, "cell " + c);
    }

    @Test
    void malformedPlansAreRefused() {
        assertThrows(InputException.class, () -> ProgrammingPlan.of(pair, new CellTarget[][] {{CellTarget.compliance(1e-5)}}));
        assertThrows(InputException.class, () -> ProgrammingPlan.sameEverySample(pair, 0, new CellTarget[0][]));
        assertThrows(InputException.class, () -> ProgrammingPlan.of(pair, new CellTarget[][] {
                {CellTarget.compliance(1e-5), CellTarget.compliance(1e-5)}, {}}));
        // a target beyond the medians one SET reaches has no compliance
        DifferentialPair wide = new DifferentialPair(5e-6, new ConductanceRange(10e-6, 200e-6));
        assertThrows(InputException.class, () -> ProgrammingPlan.oneSet(wide, hfox.sets(), new double[][] {{30}}));
    }
}
