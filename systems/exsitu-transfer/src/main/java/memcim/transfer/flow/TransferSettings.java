package memcim.transfer.flow;

import memcim.core.InputException;
import memcim.device.DeviceCard;
import memcim.transfer.plan.SingleSetTransfer.ComponentChoice;
import memcim.transfer.plan.VerifiedProgramming;
import memcim.transfer.plan.WeightMixtures;
import memcim.transfer.posterior.PosteriorSettings;
import memcim.transfer.readout.ArrayReadout;

/**
 * Everything a transfer run chooses, with the defaults {@code memcim transfer} uses.
 *
 * @param rows          network instances programmed (array rows): 128 fills one 128 × 128 array's rows
 * @param components    mixture components per weight: exactly this many, or at most this many by BIC ({@code bic})
 * @param spiceRows     rows read again through the SPICE deck of the array, to check the fast model
 * @param verifyWindow  program-and-verify window of the comparison routes, in σ of one SET
 * @param wireOhms      wire resistance per cell pitch of the arrays' rows and columns (0: ideal wires)
 * @param gammaSiemens  γ, siemens per network unit, of the single-SET plan; NaN: chosen by KL as the reference chip
 *                      chooses it
 */
public record TransferSettings(DeviceCard device, PosteriorSettings posterior, int rows, int components, boolean bic,
                               ComponentChoice choice, int spiceRows, double verifyWindow, double wireOhms, double gammaSiemens, long seed) {
    public static final int DEFAULT_ROWS = 128, DEFAULT_COMPONENTS = 128;
    /**
     * Rows read again by SPICE: a storage read of one row of the 128 × 128 array takes about 5 s in ngspice 39
     * (each column a chain of its own, no mesh to factor), so 16 rows cost about 1.5 min.
     */
    public static final int DEFAULT_SPICE_ROWS = 16;
    /**
     * Conductance read conditions of the pair domain: compliance currents per cell, log-spaced over the card's range
     * (64² pair points).
     */
    public static final int CONDITIONS_PER_CELL = 64;

    public TransferSettings {
        if (rows < 1 || rows > 4096) throw new InputException("--rows", "1 to 4096", String.valueOf(rows));
        if (components < 1 || components > WeightMixtures.MAX_COMPONENTS)
            throw new InputException("--components", "1 to " + WeightMixtures.MAX_COMPONENTS, String.valueOf(components));
        if (spiceRows < 0 || spiceRows > rows) throw new InputException("--spice-rows", "0 to --rows (" + rows + ")", String.valueOf(spiceRows));
        if (!(wireOhms >= 0) || wireOhms > 1000) throw new InputException("--wire-ohms", "0 to 1000", String.valueOf(wireOhms));
        if (!Double.isNaN(gammaSiemens) && !(gammaSiemens >= 1e-7 && gammaSiemens <= 1e-3))
            throw new InputException("--gamma", "from 1e-7 to 1e-3 siemens per network unit", String.valueOf(gammaSiemens));
        if (!(verifyWindow > 0) || verifyWindow > 10) throw new InputException("--verify-window", "above 0, at most 10 (σ of one SET)", String.valueOf(verifyWindow));
    }

    public static TransferSettings defaults(DeviceCard device) {
        return new TransferSettings(device, PosteriorSettings.defaults(), DEFAULT_ROWS, DEFAULT_COMPONENTS, false,
                ComponentChoice.POSTERIOR_DRAW, DEFAULT_SPICE_ROWS, VerifiedProgramming.DEFAULT_WINDOW_SIGMAS,
                ArrayReadout.REFERENCE_SEGMENT_OHMS, Double.NaN, 1);
    }
}
