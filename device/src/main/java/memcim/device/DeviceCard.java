package memcim.device;

import com.fasterxml.jackson.databind.JsonNode;
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
 * conductance), how program-and-verify behaves, how the conductance drifts and how noisy a read is, the on/off range,
 * the read I-V nonlinearity, the access transistor's on-resistance, and the SPICE compact-model parameters of the
 * 1T1R cell ({@link CompactModelKeys} names them). All quantities SI, units in the field names.
 *
 * <p>{@link #toJson()} (also {@link #toString()}) gives deterministic text that {@link #load} reads back into an
 * equal card, so a card written and re-read is byte-identical.
 *
 * @param name               short identifier, e.g. {@code hfox-1t1r}
 * @param description        free text: technology, source of the figures; says "illustrative" when they are
 * @param illustrative       true when the figures are plausible shapes rather than measurements
 * @param cellType           ONE_R or ONE_T_ONE_R
 * @param measurementSeconds time after programming at which the programming points were measured (drift t₀)
 * @param programmingPoints  at least two, compliance strictly increasing, median strictly increasing
 * @param programVerify      program-and-verify statistics
 * @param drift              drift law after the measurement time
 * @param readNoise          read noise
 * @param offSiemens         conductance after RESET (high-resistance state); draws never go below it
 * @param onSiemens          largest conductance the cell can reach; draws never go above it
 * @param nonlinearityVolts  V₀ of the read I-V I = G·V₀·sinh(V/V₀) (slope G at 0 V); +∞ (written as the string
 *                           "Infinity") for a linear cell
 * @param accessOnOhms       read-mode on-resistance of the access transistor (ignored for ONE_R)
 * @param compactModel       SPICE compact-model parameters, keys of {@link CompactModelKeys}
 */
public record DeviceCard(
        String name,
        String description,
        boolean illustrative,
        CellType cellType,
        double measurementSeconds,
        List<ProgrammingPoint> programmingPoints,
        ProgramVerifySpec programVerify,
        DriftSpec drift,
        ReadNoiseSpec readNoise,
        double offSiemens,
        double onSiemens,
        double nonlinearityVolts,
        double accessOnOhms,
        SortedMap<String, Double> compactModel) implements Serializable {

    public DeviceCard {
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
        JsonNode tree;
        try {
            tree = Json.mapper().readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new memcim.core.InputException(source, "valid JSON", e.getOriginalMessage());
        }
        return CardReader.read(tree, source, null);
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

    @Override
    public String toString() {
        return toJson();
    }
}
