package memcim.bnn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import memcim.core.Generator;
import memcim.core.InputException;
import memcim.core.Json;
import memcim.device.FeasiblePoint;
import memcim.networks.NetworkShape;

/**
 * {@code model.json}: everything needed to use a trained model, and nothing that varies between runs
 * with the same seed (no times), so the same seed gives the same bytes. Per layer, matrices are
 * [input][output]: μ and σ of the Bayesian network (network units), the conventional network's
 * weights, and the feasible two-cell point chosen for each weight (siemens and compliance amps).
 * γ converts network units to siemens: G⁺ − G⁻ ≈ γ·w.
 */
public record ModelFile(String generator, String deviceCard, String dataSource, long dataSeed, NetworkShape shape,
                        TrainingSettings settings, double gammaSiemens, double trainingGammaSiemens,
                        double mappingKlNats, List<Layer> layers) {
    public static final String NAME = "model.json";

    public record Layer(String name, int inputs, int outputs, double[][] mu, double[][] sigma, double[][] conventional,
                        FeasiblePoint[][] feasible) {}

    public static ModelFile of(String deviceCard, String dataSource, long dataSeed, TrainingSettings settings,
                               BayesianNetwork net, double[] conventional, DeviceMapping mapping, double trainingGamma) {
        NetworkShape s = net.shape();
        List<Layer> layers = new ArrayList<>();
        for (int l = 0; l < s.layers(); l++) {
            int in = s.rows(l), out = s.cols(l), offset = s.offset(l);
            double[][] mu = new double[in][out], sigma = new double[in][out], conv = new double[in][out];
            FeasiblePoint[][] pts = new FeasiblePoint[in][out];
            for (int i = 0; i < in; i++)
                for (int j = 0; j < out; j++) {
                    int k = offset + i * out + j;
                    mu[i][j] = net.mu()[k];
                    sigma[i][j] = net.sigma()[k];
                    conv[i][j] = conventional[k];
                    pts[i][j] = mapping.points()[k];
                }
            layers.add(new Layer(layerName(s, l), in, out, mu, sigma, conv, pts));
        }
        return new ModelFile(Generator.id(), deviceCard, dataSource, dataSeed, s, settings, mapping.gammaSiemens(),
                trainingGamma, mapping.totalKl(net), layers);
    }

    public BayesianNetwork network() {
        return new BayesianNetwork(shape, flat(Layer::mu), flat(Layer::sigma));
    }

    public double[] conventionalWeights() {
        return flat(Layer::conventional);
    }

    public DeviceMapping mapping() {
        List<FeasiblePoint> pts = new ArrayList<>();
        for (Layer l : layers) for (FeasiblePoint[] row : l.feasible()) pts.addAll(List.of(row));
        return new DeviceMapping(gammaSiemens, pts.toArray(FeasiblePoint[]::new));
    }

    private double[] flat(java.util.function.Function<Layer, double[][]> part) {
        double[] out = new double[shape.weights()];
        int k = 0;
        for (Layer l : layers) for (double[] row : part.apply(l)) for (double v : row) out[k++] = v;
        return out;
    }

    public void write(Path dir) {
        Json.writeFile(dir.resolve(NAME), this);
    }

    /** Reads and checks {@code dir/model.json} (shapes must match the declared network). */
    public static ModelFile read(Path dir) {
        Path file = dir.resolve(NAME);
        ModelFile m = Json.read(file, ModelFile.class);
        if (m.shape() == null) throw new InputException(file + ": shape", "the network's layer widths", "none");
        if (m.settings() != null && !m.settings().shape().widths().equals(m.shape().widths()))
            throw new InputException(file + ": settings.layers", "the shape's widths " + m.shape().widths(),
                    String.valueOf(m.settings().shape().widths()));
        int n = m.shape().layers();
        if (m.layers() == null || m.layers().size() != n)
            throw new InputException(file + ": layers", n + " layers (shape " + m.shape().describe() + ")",
                    m.layers() == null ? "none" : m.layers().size() + " layers");
        for (int l = 0; l < n; l++) {
            Layer layer = m.layers().get(l);
            int[] dims = {m.shape().rows(l), m.shape().cols(l)};
            String where = file + ": layers[" + l + "]";
            check(layer.mu(), dims, where + ".mu");
            check(layer.sigma(), dims, where + ".sigma");
            check(layer.conventional(), dims, where + ".conventional");
            if (layer.feasible() == null || layer.feasible().length != dims[0])
                throw new InputException(where + ".feasible", dims[0] + " rows", layer.feasible() == null ? "none" : layer.feasible().length + " rows");
            for (FeasiblePoint[] row : layer.feasible())
                if (row.length != dims[1]) throw new InputException(where + ".feasible", dims[1] + " columns", row.length + " columns");
            for (double[] row : layer.sigma())
                for (double v : row) if (!(v > 0)) throw new InputException(where + ".sigma", "σ > 0", String.valueOf(v));
        }
        return m;
    }

    /** "hidden" and "output" for the reference network; "hidden1", "hidden2", … "output" for deeper ones. */
    static String layerName(NetworkShape s, int l) {
        if (l == s.layers() - 1) return "output";
        return s.layers() == 2 ? "hidden" : "hidden" + (l + 1);
    }

    private static void check(double[][] m, int[] dims, String where) {
        if (m == null || m.length != dims[0]) throw new InputException(where, dims[0] + " rows", m == null ? "none" : m.length + " rows");
        for (double[] row : m) if (row.length != dims[1]) throw new InputException(where, dims[1] + " columns", row.length + " columns");
    }
}
