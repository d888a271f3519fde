package memcim.kinetics;

import java.util.SplittableRandom;
import memcim.device.ComplianceCurve;
import memcim.device.DeviceCard;
import memcim.device.DeviceModel;
import memcim.device.ProgrammedArray;
import memcim.device.array.TiledCrossbar;
import memcim.mapping.ConductanceRange;
import memcim.mapping.DifferentialPair;

/**
 * The head's weight matrices on crossbars: each weight a differential pair (G⁺, G⁻ in adjacent columns) at full scale
 * for its matrix (the largest |w| spanning the card's range), programmed by one SET per cell on the kinetic device's
 * card, read at t₀ + {@code seconds} (drift and read noise), through tiles with their wires, decoded; biases and
 * batch normalisation stay digital. With the α/β spread on top, a whole chip.
 */
public final class ProgrammedHead {
    private final DeviceModel device;
    private final ConductanceRange range;
    private final TiledCrossbar tiles;

    public ProgrammedHead(DeviceCard card, TiledCrossbar tiles) {
        this.device = new DeviceModel(card);
        this.range = ConductanceRange.ofSets(new ComplianceCurve(card.programmingPoints()));
        this.tiles = tiles;
    }

    /** The network with its head as one programming (seeded) reads it {@code seconds} after t₀. */
    public KineticClassifier programmed(KineticClassifier net, double seconds, long seed) {
        double[] p = net.parameters().clone();
        SplittableRandom reads = new SplittableRandom(seed ^ 0x2545F4914F6CDD1DL);
        int k = 0;
        for (KineticClassifier.WeightBlock b : net.weightBlocks()) {
            double max = 0;
            for (int i = 0; i < b.rows() * b.cols(); i++) max = Math.max(max, Math.abs(p[b.offset() + i]));
            DifferentialPair pair = new DifferentialPair(range.spanSiemens() / Math.max(max, 1e-12), range);
            double[][] targets = new double[b.rows()][2 * b.cols()];
            for (int i = 0; i < b.rows(); i++)
                for (int j = 0; j < b.cols(); j++) System.arraycopy(pair.encode(p[b.offset() + i * b.cols() + j]), 0, targets[i], 2 * j, 2);
            ProgrammedArray array = ProgrammedArray.programTargets(device, targets, seed * 31 + k++);
            double[][] g = tiles.effective(array.readAt(device.card().measurementSeconds() + seconds, reads));
            for (int i = 0; i < b.rows(); i++)
                for (int j = 0; j < b.cols(); j++) p[b.offset() + i * b.cols() + j] = pair.decode(g[i], 2 * j);
        }
        return net.withParameters(p);
    }
}
