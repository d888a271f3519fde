package memcim.bnn.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import memcim.bnn.DeviceMapping;
import memcim.device.FeasiblePoint;
import memcim.hdl.spec.ArraySpec;
import memcim.mapping.DifferentialPair;
import org.junit.jupiter.api.Test;

/**
 * The chip's periphery subtracts two adjacent columns per weight (hdl {@link ArraySpec#CELLS_PER_WEIGHT}, which hdl
 * keeps without depending on mapping); the reference mapping's converter must hold a weight in as many cells.
 */
class CellsPerWeightTest {
    @Test
    void theReferenceConverterHasTheCellsThePeripheryCombines() {
        DeviceMapping m = new DeviceMapping(5e-6, new FeasiblePoint[] {new FeasiblePoint(1e-5, 3e-6, 2e-5, 1e-5)});
        assertEquals(2, ArraySpec.CELLS_PER_WEIGHT);
        assertEquals(ArraySpec.CELLS_PER_WEIGHT, m.converter().cellsPerWeight());
        assertEquals(ArraySpec.CELLS_PER_WEIGHT, DifferentialPair.CELLS);
        assertEquals(ArraySpec.CELLS_PER_WEIGHT, m.plan(3).cellsPerWeight());
    }
}
