package memcim.mapping;

import java.util.random.RandomGenerator;
import memcim.core.InputException;
import memcim.device.DeviceModel;
import memcim.device.ProgrammedArray;
import memcim.device.ProgrammedCell;
import memcim.device.Pulse;
import memcim.device.PulseDevice;
import memcim.device.PulseResponse;

/**
 * A programmed array whose conductances SET/RESET pulses change after programming (on-chip training), living in time.
 * It starts from the cells as programmed; each device draws its pulse-step scales once ({@link PulseResponse#drawDevice},
 * the device-to-device spread) when the array is made, and every pulse moves its cell by the card's pulse-response
 * stage ({@link PulseResponse#apply}, cycle-to-cycle spread from the caller's generator), held within the law's bounds.
 *
 * <p>Time. t is seconds since the array was first programmed. A cell never pulsed follows its programmed trajectory,
 * G(t) = drift(G(t₀), ν, t) ({@link DeviceModel#conductanceAt}). A pulse at time t_p acts on the drifted G(t_p) (no
 * read noise: the device holds that state) and is a new programming event of that cell: afterwards
 * G(t) = drift(G', ν, t − t_p + t₀, t₀), so G(t_p) = G' exactly and drift restarts from the pulse, with the cell's
 * own ν (drawn once at programming, kept). Reads add the card's read noise to G(t) with that clock. Pulses and reads
 * must go forward in time per cell: a pulse earlier than the cell's last pulse is an error.
 *
 * <p>Not thread-safe (pulses change it).
 */
public final class PulsedArray {
    private final DeviceModel device;
    private final ProgrammedCell[][] cells;
    private final double[][] pulsedAtSeconds;   // NaN: never pulsed (the first programming's clock)
    private final PulseDevice[][] devices;

    private PulsedArray(DeviceModel device, ProgrammedCell[][] cells, PulseDevice[][] devices) {
        this.device = device;
        this.cells = cells;
        this.devices = devices;
        this.pulsedAtSeconds = new double[cells.length][];
        for (int i = 0; i < cells.length; i++) {
            pulsedAtSeconds[i] = new double[cells[i].length];
            java.util.Arrays.fill(pulsedAtSeconds[i], Double.NaN);
        }
    }

    /** The array as programmed; each device's step scales drawn from {@code deviceDraws} row by row. */
    public static PulsedArray of(DeviceModel device, ProgrammedArray programmed, RandomGenerator deviceDraws) {
        ProgrammedCell[][] c = new ProgrammedCell[programmed.rows()][programmed.cols()];
        for (int i = 0; i < c.length; i++)
            for (int j = 0; j < c[i].length; j++) c[i][j] = programmed.cell(i, j);
        return of(device, c, deviceDraws);
    }

    /** Cells given as programmed (e.g. read back from a chip); each device's step scales drawn from {@code deviceDraws}. */
    public static PulsedArray of(DeviceModel device, ProgrammedCell[][] programmed, RandomGenerator deviceDraws) {
        PulseResponse response = device.card().pulses();
        int cols = programmed.length == 0 ? 0 : programmed[0].length;
        ProgrammedCell[][] c = new ProgrammedCell[programmed.length][];
        PulseDevice[][] d = new PulseDevice[programmed.length][cols];
        for (int i = 0; i < programmed.length; i++) {
            if (programmed[i].length != cols)
                throw new InputException("pulsed array row " + i, cols + " cells like row 0", programmed[i].length + " cells");
            c[i] = programmed[i].clone();
            for (int j = 0; j < cols; j++) d[i][j] = response.drawDevice(deviceDraws);
        }
        return new PulsedArray(device, c, d);
    }

    public int rows() { return cells.length; }

    public int cols() { return cells.length == 0 ? 0 : cells[0].length; }

    /** The device's pulse-step scales, drawn when the array was made. */
    public PulseDevice device(int row, int col) { return devices[row][col]; }

    /** When the cell was last pulsed (seconds since programming), NaN if never. */
    public double lastPulseSeconds(int row, int col) { return pulsedAtSeconds[row][col]; }

    /**
     * {@code count} identical pulses on cell (row, col) at {@code atSeconds} since programming, returning its conductance
     * right after them; cycle-to-cycle spread from {@code cycle}.
     */
    public double pulse(int row, int col, Pulse pulse, int count, double atSeconds, RandomGenerator cycle) {
        if (count < 0) throw new InputException("pulse count", ">= 0", String.valueOf(count));
        double last = pulsedAtSeconds[row][col];
        if (!Double.isNaN(last) && !(atSeconds >= last))
            throw new InputException("pulse time of cell " + row + "," + col, "at or after its last pulse (" + last + " s)",
                    atSeconds + " s");
        double g = conductanceAt(row, col, atSeconds);
        if (count == 0) return g;   // nothing applied: the cell keeps its clock
        PulseResponse response = device.card().pulses();
        for (int n = 0; n < count; n++) g = response.apply(g, pulse, devices[row][col], cycle);
        ProgrammedCell old = cells[row][col];
        cells[row][col] = new ProgrammedCell(g, g, old.driftCoefficient());
        pulsedAtSeconds[row][col] = atSeconds;
        return g;
    }

    /** The cell's conductance {@code seconds} after programming: drift from its last programming event, no noise. */
    public double conductanceAt(int row, int col, double seconds) {
        return device.conductanceAt(cells[row][col], age(row, col, seconds));
    }

    /** One read of the cell: {@link #conductanceAt} with fresh read noise. */
    public double readAt(int row, int col, double seconds, RandomGenerator readNoise) {
        return device.readAt(cells[row][col], age(row, col, seconds), readNoise);
    }

    /** Every cell's conductance at {@code seconds}, no read noise. */
    public double[][] conductancesAt(double seconds) {
        double[][] g = new double[rows()][cols()];
        for (int i = 0; i < g.length; i++)
            for (int j = 0; j < g[i].length; j++) g[i][j] = conductanceAt(i, j, seconds);
        return g;
    }

    /** One read of every cell at {@code seconds}, row by row, with read noise from {@code readNoise}. */
    public double[][] readAt(double seconds, RandomGenerator readNoise) {
        double[][] g = new double[rows()][cols()];
        for (int i = 0; i < g.length; i++)
            for (int j = 0; j < g[i].length; j++) g[i][j] = readAt(i, j, seconds, readNoise);
        return g;
    }

    /** Seconds on the cell's own clock: since programming, or t₀ plus the time since its last pulse. */
    private double age(int row, int col, double seconds) {
        double last = pulsedAtSeconds[row][col];
        if (Double.isNaN(last)) return seconds;
        if (!(seconds >= last))
            throw new InputException("read time of cell " + row + "," + col, "at or after its last pulse (" + last + " s)", seconds + " s");
        return seconds - last + device.card().measurementSeconds();
    }
}
