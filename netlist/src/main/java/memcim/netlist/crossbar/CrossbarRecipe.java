package memcim.netlist.crossbar;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import memcim.core.InputException;
import memcim.device.DeviceCard;
import memcim.device.DeviceModel;
import memcim.device.DevicePresets;
import memcim.device.array.CellType;
import memcim.device.array.CrossbarReadSpec;

/**
 * A crossbar read made from a few user choices, as {@code memcim netlist crossbar} and {@code memcim bench array}
 * take them: size, cell, wire resistance, device card (preset name or file) and seed. Each cell is programmed
 * with one SET at a random compliance of the card ({@link ProgrammedConductances#random}); every row is driven at
 * the read voltage (the full-scale read, where IR drop is largest). {@code atSeconds}: the conductances that long
 * after the card's measurement time, drifted by its drift law ({@link ProgrammedConductances#drifted}); 0 for the
 * conductances as programmed.
 */
public record CrossbarRecipe(int rows, int cols, String cell, double wireOhms, String device, long seed, double readVolts,
                             double atSeconds) {
    public static final int MAX_SIDE = 1024;

    public CrossbarRecipe {
        side("--rows", rows);
        side("--cols", cols);
        if (!(wireOhms >= 0) || wireOhms > 1e6) throw new InputException("--wire-ohms", "0 to 1e6 ohm per segment", String.valueOf(wireOhms));
        if (!(readVolts > 0) || readVolts > 5) throw new InputException("--read-volts", "a read voltage in (0, 5] V", String.valueOf(readVolts));
        if (cell != null) cellType(cell, null);
        if (!(atSeconds >= 0) || Double.isInfinite(atSeconds))
            throw new InputException("--at", "a time after programming >= 0 s", String.valueOf(atSeconds));
    }

    /** The conductances as programmed. */
    public CrossbarRecipe(int rows, int cols, String cell, double wireOhms, String device, long seed, double readVolts) {
        this(rows, cols, cell, wireOhms, device, seed, readVolts, 0);
    }

    private static void side(String option, int n) {
        if (n < 1 || n > MAX_SIDE) throw new InputException(option, "1 to " + MAX_SIDE, String.valueOf(n));
    }

    /** {@code 1t1r} or {@code 1r}; null means the card's own cell type. */
    static CellType cellType(String cell, DeviceCard card) {
        if (cell == null) return card.cellType();
        return switch (cell.toLowerCase(Locale.ROOT)) {
            case "1t1r" -> CellType.ONE_T_ONE_R;
            case "1r" -> CellType.ONE_R;
            default -> throw new InputException("--cell", "1t1r or 1r", "'" + cell + "'");
        };
    }

    public DeviceCard card() {
        return DevicePresets.resolve(device);
    }

    /** The programmed array read with every row at the read voltage. */
    public CrossbarReadSpec spec() {
        DeviceCard card = card();
        DeviceModel model = new DeviceModel(card);
        double[][] g = atSeconds == 0 ? ProgrammedConductances.random(model, rows, cols, seed)
                : ProgrammedConductances.drifted(model, rows, cols, seed, card.measurementSeconds() + atSeconds);
        double[] v = new double[rows];
        Arrays.fill(v, readVolts);
        CellType type = cellType(cell, card);
        return new CrossbarReadSpec(rows, cols, g, v, wireOhms, wireOhms, type, card.nonlinearityVolts(),
                type == CellType.ONE_T_ONE_R ? card.accessOnOhms() : 0);
    }

    /** What the deck header and sidecar record about how the array was made. */
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("device", device);
        p.put("seed", Long.toString(seed));
        p.put("conductances", "one SET per cell at a log-uniform random compliance of the card");
        p.put("readVolts", Double.toString(readVolts));
        if (atSeconds > 0) p.put("at", atSeconds + " s after the card's measurement time, drifted by its drift law, no read noise");
        return p;
    }
}
