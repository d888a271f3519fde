package memcim.cosim.chip;

import memcim.cosim.analog.CellElectrics;
import memcim.device.DeviceCard;
import memcim.device.array.CellType;
import memcim.device.array.CrossbarReadSpec;
import memcim.device.array.FastArrayModel;
import memcim.hdl.spec.ChipSpec;

/**
 * Sensing through the device module's fast array model: nodal analysis of the same crossbar (distributed wires),
 * one model per array built on first use; the front end turns a column current into V = I·R_f. Each cell (access
 * resistance + sinh memristor) enters as its chord conductance at V_read, I(V_read)/V_read, which makes the array
 * linear so the model answers every read with one transfer-matrix product (a nonlinear solve per read costs
 * ~10 ms: hours for a test set); cells see V_read minus small wire drops, so the chord is off at second order.
 * Models are confined to the thread that built them.
 */
public final class FastSensing implements ColumnSensing {
    private final ChipSpec chip;
    private final ChipArrays arrays;
    private final CellElectrics cell;
    private final double vRead;
    private final ThreadLocal<FastArrayModel[]> models;

    public FastSensing(ChipSpec chip, ChipArrays arrays, DeviceCard card) {
        this.chip = chip;
        this.arrays = arrays;
        this.cell = CellElectrics.of(card);
        this.vRead = chip.read().vReadVolts();
        this.models = ThreadLocal.withInitial(() -> new FastArrayModel[arrays.count()]);
    }

    @Override
    public double[] sensedVolts(int sample, int layer, long wordLines) {
        ChipArrays.Placement p = arrays.place(sample, layer);
        FastArrayModel[] m = models.get();
        double[] rowVolts = arrays.rowVolts(wordLines, p.rowOffset());
        if (m[p.array()] == null) m[p.array()] = new FastArrayModel(spec(p.array(), rowVolts));
        double[] amps = m[p.array()].columnCurrents(rowVolts);
        double rf = chip.adc().transimpedanceOhms();
        double[] v = new double[amps.length];
        for (int j = 0; j < v.length; j++) v[j] = amps[j] * rf;
        return v;
    }

    CrossbarReadSpec spec(int array, double[] rowVolts) {
        double seg = chip.array().wireSegmentOhms();
        double[][] g = arrays.conductanceSiemens(array);
        double[][] chord = new double[g.length][g[0].length];
        for (int i = 0; i < g.length; i++) for (int j = 0; j < g[0].length; j++) chord[i][j] = cell.chordSiemens(g[i][j], vRead);
        return new CrossbarReadSpec(g.length, g[0].length, chord, rowVolts, seg, seg, CellType.ONE_R,
                Double.POSITIVE_INFINITY, 0);
    }

    @Override
    public String describe() { return "fast array model (device module: nodal analysis, distributed wires, cells linearised at V_read)"; }
}
