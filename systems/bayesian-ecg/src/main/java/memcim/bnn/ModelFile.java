package memcim.bnn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import memcim.core.Generator;
import memcim.core.InputException;
import memcim.core.Json;
import memcim.device.FeasiblePoint;
import memcim.networks.NetworkShape;
import memcim.networks.Optimiser;

/**
 * {@code model.json}: everything needed to use a trained model, and nothing that varies between runs
 * with the same seed (no times), so the same seed gives the same bytes. Per layer, matrices are
 * [input][output]: μ and σ of the Bayesian network (network units), the conventional network's
 * weights, and the feasible two-cell point chosen for each weight (siemens and compliance amps).
 * γ converts network units to siemens: G⁺ − G⁻ ≈ γ·w.
 */
public record ModelFile(String generator, String deviceCard, String dataSource, long dataSeed, NetworkShape shape,
                        TrainingSettings settings, double gammaSiemens,
                        @com.fasterxml.jackson.databind.annotation.JsonDeserialize(using = Json.NumberOrNaN.class) double trainingGammaSiemens,
                        double mappingKlNats, List<Layer> layers, List<List<Layer>> otherMembers) {
    public static final String NAME = "model.json";

    public record Layer(String name, int inputs, int outputs, double[][] mu, double[][] sigma, double[][] conventional,
                        FeasiblePoint[][] feasible) {}

    public static ModelFile of(String deviceCard, String dataSource, long dataSeed, TrainingSettings settings,
                               BayesianNetwork net, double[] conventional, DeviceMapping mapping, double trainingGamma) {
        return of(deviceCard, dataSource, dataSeed, settings, BayesianEnsemble.of(net), conventional, mapping, trainingGamma);
    }

    /** {@code layers} hold the first member (and the conventional network), {@code otherMembers} the other members' layers. */
    public static ModelFile of(String deviceCard, String dataSource, long dataSeed, TrainingSettings settings,
                               BayesianEnsemble net, double[] conventional, DeviceMapping mapping, double trainingGamma) {
        List<List<Layer>> members = new ArrayList<>();
        for (int k = 0; k < net.size(); k++) members.add(layers(net.member(k), conventional, mapping.members()[k]));
        return new ModelFile(Generator.id(), deviceCard, dataSource, dataSeed, net.shape(), settings, mapping.gammaSiemens(),
                trainingGamma, mapping.totalKl(net), members.get(0), net.size() == 1 ? null : members.subList(1, members.size()));
    }

    private static List<Layer> layers(BayesianNetwork net, double[] conventional, FeasiblePoint[] points) {
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
                    pts[i][j] = points[k];
                }
            layers.add(new Layer(layerName(s, l), in, out, mu, sigma, conv, pts));
        }
        return layers;
    }

    /** The first (for a single network, the only) member. */
    public BayesianNetwork network() {
        return member(layers);
    }

    /** Every member: the first from {@code layers}, the others from {@code otherMembers}. */
    public BayesianEnsemble ensemble() {
        List<BayesianNetwork> m = new ArrayList<>(List.of(network()));
        if (otherMembers != null) for (List<Layer> ls : otherMembers) m.add(member(ls));
        return new BayesianEnsemble(m);
    }

    private List<List<Layer>> allMembers() {
        List<List<Layer>> all = new ArrayList<>(List.of(layers));
        if (otherMembers != null) all.addAll(otherMembers);
        return all;
    }

    private BayesianNetwork member(List<Layer> ls) {
        return new BayesianNetwork(shape, flat(ls, Layer::mu), flat(ls, Layer::sigma));
    }

    public double[] conventionalWeights() {
        return flat(layers, Layer::conventional);
    }

    public DeviceMapping mapping() {
        List<List<Layer>> all = allMembers();
        FeasiblePoint[][] members = new FeasiblePoint[all.size()][];
        for (int k = 0; k < members.length; k++) {
            List<FeasiblePoint> pts = new ArrayList<>();
            for (Layer l : all.get(k)) for (FeasiblePoint[] row : l.feasible()) pts.addAll(List.of(row));
            members[k] = pts.toArray(FeasiblePoint[]::new);
        }
        return new DeviceMapping(gammaSiemens, members);
    }

    private double[] flat(List<Layer> ls, java.util.function.Function<Layer, double[][]> part) {
        double[] out = new double[shape.weights()];
        int k = 0;
        for (Layer l : ls) for (double[] row : part.apply(l)) for (double v : row) out[k++] = v;
        return out;
    }

    public void write(Path dir) {
        Json.writeFile(dir.resolve(NAME), this);
    }

    /**
     * Reads and checks {@code dir/model.json}: shapes must match the declared network, every weight and σ must be
     * finite (σ &gt; 0), γ &gt; 0, the feasible points physical and the settings usable, so that evaluate, cosim and
     * hdl all refuse a corrupt model before any work; each error names the file and the JSON path.
     */
    public static ModelFile read(Path dir) {
        Path file = dir.resolve(NAME);
        ModelFile m = Json.read(file, ModelFile.class);
        m.check(file.toString());
        return m;
    }

    /** Returns this model, or throws an {@link InputException} naming the first bad value by its JSON path. */
    public ModelFile check(String file) {
        if (shape == null) throw new InputException(file + ": shape", "the network's layer widths", "none");
        if (deviceCard == null || deviceCard.isBlank())
            throw new InputException(file + ": deviceCard", "the name of the device card the model was mapped onto", deviceCard == null ? "none" : "''");
        if (settings == null) throw new InputException(file + ": settings", "the training settings", "none");
        checkSettings(file);
        if (!settings.shape().widths().equals(shape.widths()))
            throw new InputException(file + ": settings.layers", "the shape's widths " + shape.widths(),
                    String.valueOf(settings.shape().widths()));
        positive(gammaSiemens, file + ": gammaSiemens", "γ > 0 siemens per network unit (finite)");
        if (gammaSiemens > 1) throw new InputException(file + ": gammaSiemens", "γ <= 1 siemens per network unit", String.valueOf(gammaSiemens));
        // NaN ("NaN" in the file) when trained without the technological loss, which is what searches γ
        if (!(settings.techLoss() ? Double.isFinite(trainingGammaSiemens) && trainingGammaSiemens > 0
                : Double.isNaN(trainingGammaSiemens) || Double.isFinite(trainingGammaSiemens) && trainingGammaSiemens > 0))
            throw new InputException(file + ": trainingGammaSiemens", "γ > 0 siemens per network unit (finite"
                    + (settings.techLoss() ? ")" : "; \"NaN\" without the technological loss)"), String.valueOf(trainingGammaSiemens));
        if (!(Double.isFinite(mappingKlNats) && mappingKlNats >= 0))
            throw new InputException(file + ": mappingKlNats", "a finite KL divergence >= 0", String.valueOf(mappingKlNats));
        checkLayers(layers, file + ": layers");
        if (otherMembers != null)
            for (int k = 0; k < otherMembers.size(); k++) checkLayers(otherMembers.get(k), file + ": otherMembers[" + k + "]");
        if ((otherMembers == null ? 1 : otherMembers.size() + 1) != settings.ensembleSize())
            throw new InputException(file + ": otherMembers", (settings.ensembleSize() - 1) + " members besides layers (settings.members "
                    + settings.ensembleSize() + ")", otherMembers == null ? "none" : otherMembers.size() + " members");
        return this;
    }

    /** One member's layers: shapes as declared, finite weights, σ &gt; 0, physical feasible points. */
    private void checkLayers(List<Layer> layers, String path) {
        int n = shape.layers();
        if (layers == null || layers.size() != n)
            throw new InputException(path, n + " layers (shape " + shape.describe() + ")",
                    layers == null ? "none" : layers.size() + " layers");
        for (int l = 0; l < n; l++) {
            Layer layer = layers.get(l);
            String where = path + "[" + l + "]";
            if (layer == null) throw new InputException(where, "a layer", "null");
            int[] dims = {shape.rows(l), shape.cols(l)};
            if (layer.inputs() != dims[0]) throw new InputException(where + ".inputs", dims[0] + " (shape " + shape.describe() + ")", String.valueOf(layer.inputs()));
            if (layer.outputs() != dims[1]) throw new InputException(where + ".outputs", dims[1] + " (shape " + shape.describe() + ")", String.valueOf(layer.outputs()));
            check(layer.mu(), dims, where + ".mu");
            check(layer.sigma(), dims, where + ".sigma");
            check(layer.conventional(), dims, where + ".conventional");
            if (layer.feasible() == null || layer.feasible().length != dims[0])
                throw new InputException(where + ".feasible", dims[0] + " rows", layer.feasible() == null ? "none" : layer.feasible().length + " rows");
            for (int i = 0; i < dims[0]; i++) {
                FeasiblePoint[] row = layer.feasible()[i];
                if (row == null || row.length != dims[1])
                    throw new InputException(where + ".feasible[" + i + "]", dims[1] + " columns", row == null ? "none" : row.length + " columns");
                for (int j = 0; j < dims[1]; j++) {
                    String at = where + ".feasible[" + i + "][" + j + "]";
                    FeasiblePoint p = row[j];
                    if (p == null) throw new InputException(at, "a feasible point", "null");
                    bounded(p.muSiemens(), MAX_SIEMENS, at + ".muSiemens", "siemens");
                    if (!(Double.isFinite(p.sigmaSiemens()) && p.sigmaSiemens() >= 0 && p.sigmaSiemens() <= MAX_SIEMENS))
                        throw new InputException(at + ".sigmaSiemens", "a σ in [0, " + MAX_SIEMENS + "] siemens", String.valueOf(p.sigmaSiemens()));
                    nonNegative(p.complianceAmpsPlus(), at + ".complianceAmpsPlus");
                    nonNegative(p.complianceAmpsMinus(), at + ".complianceAmpsMinus");
                    bounded(p.complianceAmpsPlus(), MAX_AMPS, at + ".complianceAmpsPlus", "amperes");
                    bounded(p.complianceAmpsMinus(), MAX_AMPS, at + ".complianceAmpsMinus", "amperes");
                }
            }
            for (int i = 0; i < dims[0]; i++)
                for (int j = 0; j < dims[1]; j++) {
                    String ij = "[" + i + "][" + j + "]";
                    bounded(layer.mu()[i][j], MAX_WEIGHT, where + ".mu" + ij, "network units");
                    bounded(layer.conventional()[i][j], MAX_WEIGHT, where + ".conventional" + ij, "network units");
                    positive(layer.sigma()[i][j], where + ".sigma" + ij, "σ > 0 (finite)");
                    bounded(layer.sigma()[i][j], MAX_WEIGHT, where + ".sigma" + ij, "network units");
                }
        }
    }

    /**
     * The card a model is used with must be the one it was mapped onto (its feasible points are that card's):
     * {@code device-card.json} beside a model is named as {@code model.json}'s {@code deviceCard} says.
     */
    public memcim.device.DeviceCard matching(memcim.device.DeviceCard card, String cardFile) {
        if (!card.name().equals(deviceCard))
            throw new InputException(cardFile + ": name", "'" + deviceCard + "' (the deviceCard of " + NAME
                    + ", the card the model was mapped onto)", "'" + card.name() + "'");
        return card;
    }

    private void checkSettings(String file) {
        TrainingSettings s = settings;
        String at = file + ": settings.";
        if (s.epochs() < 1) throw new InputException(at + "epochs", ">= 1", String.valueOf(s.epochs()));
        if (s.batchSize() < 1) throw new InputException(at + "batchSize", ">= 1", String.valueOf(s.batchSize()));
        if (s.members() != null && (s.members() < 1 || s.members() > TrainingSettings.MAX_MEMBERS))
            throw new InputException(at + "members", "1 to " + TrainingSettings.MAX_MEMBERS + " networks", String.valueOf(s.members()));
        positive(s.learningRate(), at + "learningRate", "a finite value > 0");
        positive(s.priorSigma(), at + "priorSigma", "a finite value > 0");
        positive(s.initSigma(), at + "initSigma", "a finite value > 0");
        positive(s.hiddenStep(), at + "hiddenStep", "a finite value > 0");
        positive(s.delta(), at + "delta", "a finite value > 0");
        finite(s.beta(), at + "beta");
        if (!(Double.isFinite(s.techWeight()) && s.techWeight() >= 0)) throw new InputException(at + "techWeight", "a finite value >= 0", String.valueOf(s.techWeight()));
        if (s.conditionsPerCell() < 2 || s.conditionsPerCell() > MAX_CONDITIONS)
            throw new InputException(at + "conditionsPerCell", "2 to " + MAX_CONDITIONS, String.valueOf(s.conditionsPerCell()));
        if (s.optimiser() != null) Optimiser.Kind.parse(s.optimiser(), at + "optimiser");
        try {
            s.shape();
        } catch (InputException e) {
            throw new InputException(at + "layers", e.expected(), e.found(), e);
        }
    }

    /** Compliance currents per cell a model may name: the pair domain has this many squared points. */
    static final int MAX_CONDITIONS = 1024;

    /** Far beyond any trained weight (about ±9 network units) or device value: a larger one is a corrupt file. */
    static final double MAX_WEIGHT = 1e6, MAX_SIEMENS = 1.0, MAX_AMPS = 0.1;

    private static void bounded(double v, double max, String where, String unit) {
        if (!(Double.isFinite(v) && Math.abs(v) <= max))
            throw new InputException(where, "a finite number within ±" + max + " " + unit, String.valueOf(v));
    }

    private static void finite(double v, String where) {
        if (!Double.isFinite(v)) throw new InputException(where, "a finite number", String.valueOf(v));
    }

    private static void nonNegative(double v, String where) {
        if (!(Double.isFinite(v) && v >= 0)) throw new InputException(where, "a finite number >= 0", String.valueOf(v));
    }

    private static void positive(double v, String where, String expected) {
        if (!(Double.isFinite(v) && v > 0)) throw new InputException(where, expected, String.valueOf(v));
    }

    /** "hidden" and "output" for the reference network; "hidden1", "hidden2", … "output" for deeper ones. */
    static String layerName(NetworkShape s, int l) {
        if (l == s.layers() - 1) return "output";
        return s.layers() == 2 ? "hidden" : "hidden" + (l + 1);
    }

    private static void check(double[][] m, int[] dims, String where) {
        if (m == null || m.length != dims[0]) throw new InputException(where, dims[0] + " rows", m == null ? "none" : m.length + " rows");
        for (int i = 0; i < m.length; i++)
            if (m[i] == null || m[i].length != dims[1])
                throw new InputException(where + "[" + i + "]", dims[1] + " columns", m[i] == null ? "none" : m[i].length + " columns");
    }
}
