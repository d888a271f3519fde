package memcim.device;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import memcim.core.Json;
import memcim.device.array.CellType;

/**
 * A memristor technology as measured: the immutable contents of a device card file (JSON; the programming points
 * may also come from a CSV, see {@link PointsCsv}). A card says how a cell programs (compliance current → Gaussian
 * conductance), how program-and-verify behaves, the on/off range, the read I-V nonlinearity, the access
 * transistor's on-resistance, and the SPICE compact-model parameters of the 1T1R cell ({@link CompactModelKeys}
 * names them); and, as stages that each section selects by {@code "law"}, programming to a target
 * ({@link ProgrammingModel}), drift ({@link DriftModel}), read noise ({@link ReadNoiseModel}), the response to
 * SET/RESET pulses ({@link PulseResponse}) and the state dynamics of a dynamic device ({@link StateDynamics}).
 * All quantities SI, units in the field names.
 *
 * <p>{@link #toJson()} (also {@link #toString()}) gives deterministic text that {@link #load} reads back into an
 * equal card, so a card written and re-read is byte-identical.
 *
 * @param name               short identifier, e.g. {@code hfox-1t1r}
 * @param description        free text: technology, source of the figures; says "illustrative" when they are
 * @param illustrative       true when the figures are plausible shapes rather than measurements
 * @param sources            publications or data the figures come from (may be empty)
 * @param cellType           ONE_R or ONE_T_ONE_R
 * @param measurementSeconds time after programming at which the programming points were measured (drift t₀)
 * @param programmingPoints  at least two, compliance strictly increasing, median strictly increasing
 * @param programVerify      program-and-verify statistics
 * @param programming        programming to a target conductance: the error σ(G)
 * @param drift              drift after the measurement time, coefficients drawn at programming
 * @param readNoise          read noise at a time since programming
 * @param pulses             conductance change per SET/RESET pulse
 * @param dynamics           internal-state ODE of a dynamic device
 * @param offSiemens         conductance after RESET (high-resistance state); draws never go below it
 * @param onSiemens          largest conductance the cell can reach; draws never go above it
 * @param nonlinearityVolts  V₀ of the read I-V I = G·V₀·sinh(V/V₀) (slope G at 0 V); +∞ (written as the string
 *                           "Infinity") for a linear cell
 * @param accessOnOhms       read-mode on-resistance of the access transistor (ignored for ONE_R)
 * @param compactModel       SPICE compact-model parameters, keys of {@link CompactModelKeys}
 * @param programmingConditions the SET and RESET pulses that program the cell (what programming costs); null when
 *                           the card does not state them
 */
public record DeviceCard(
        String name,
        String description,
        boolean illustrative,
        List<String> sources,
        CellType cellType,
        double measurementSeconds,
        List<ProgrammingPoint> programmingPoints,
        ProgramVerifySpec programVerify,
        ProgrammingModel programming,
        DriftModel drift,
        ReadNoiseModel readNoise,
        PulseResponse pulses,
        StateDynamics dynamics,
        double offSiemens,
        double onSiemens,
        double nonlinearityVolts,
        double accessOnOhms,
        SortedMap<String, Double> compactModel,
        ProgrammingConditions programmingConditions) implements Serializable {

    public DeviceCard {
        sources = List.copyOf(sources);
        programmingPoints = List.copyOf(programmingPoints);
        compactModel = Collections.unmodifiableSortedMap(new TreeMap<>(compactModel));
    }

    /** Reads and validates a card: a {@code .json} card, or a {@code .csv} of points (see {@link PointsCsv}). */
    public static DeviceCard load(Path file) {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return PointsCsv.readCard(file);
        }
        return CardReader.read(Json.readTree(file), file.toString(), file.toAbsolutePath().getParent());
    }

    /** Parses and validates card JSON text; {@code source} names it in error messages. */
    public static DeviceCard parse(String json, String source) {
        return CardReader.read(Json.parse(json, source), source, null);
    }

    /** Deterministic JSON, keys sorted, final newline. */
    public String toJson() {
        return Json.write(this);
    }

    /** Writes the card as JSON (atomically). */
    public void save(Path file) {
        Json.writeFile(file, this);
    }

    /** The lowest and highest measured compliance currents. */
    public double minComplianceAmps() { return programmingPoints.get(0).complianceAmps(); }

    public double maxComplianceAmps() { return programmingPoints.get(programmingPoints.size() - 1).complianceAmps(); }

    /** This card with other programming points (everything else kept). */
    public DeviceCard withProgrammingPoints(String newName, String newDescription, double newMeasurementSeconds,
                                            List<ProgrammingPoint> points) {
        return new DeviceCard(newName, newDescription, illustrative, sources, cellType, newMeasurementSeconds, points,
                programVerify, programming, drift, readNoise, pulses, dynamics, offSiemens, onSiemens, nonlinearityVolts,
                accessOnOhms, compactModel, programmingConditions);
    }

    /** This card with another law in one stage (a sweep over laws, a test); validated when a model is made of it. */
    public DeviceCard withProgramming(ProgrammingModel law) { return withStages(law, drift, readNoise, pulses, dynamics); }

    public DeviceCard withDrift(DriftModel law) { return withStages(programming, law, readNoise, pulses, dynamics); }

    public DeviceCard withReadNoise(ReadNoiseModel law) { return withStages(programming, drift, law, pulses, dynamics); }

    public DeviceCard withPulses(PulseResponse law) { return withStages(programming, drift, readNoise, law, dynamics); }

    public DeviceCard withDynamics(StateDynamics law) { return withStages(programming, drift, readNoise, pulses, law); }

    private DeviceCard withStages(ProgrammingModel p, DriftModel d, ReadNoiseModel r, PulseResponse u, StateDynamics s) {
        return new DeviceCard(name, description, illustrative, sources, cellType, measurementSeconds, programmingPoints,
                programVerify, p, d, r, u, s, offSiemens, onSiemens, nonlinearityVolts, accessOnOhms, compactModel,
                programmingConditions);
    }

    @Override
    public String toString() {
        return toJson();
    }
}
