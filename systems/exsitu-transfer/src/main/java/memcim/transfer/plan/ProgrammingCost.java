package memcim.transfer.plan;

import memcim.device.DeviceModel;
import memcim.device.ProgrammingConditions;

/**
 * What programming a network costs, from the device card: pulses and energy, for the whole array and per network
 * instance. One SET per device is one pulse of V_set·Icc·t_set at most; a program-and-verify try is a RESET (at most
 * V_reset²·G·t_reset, G the cell's median at that compliance) followed by a SET. Energies are NaN when the card does
 * not state its programming pulses.
 *
 * @param instances network instances the array holds (rows)
 */
public record ProgrammingCost(String route, long devices, int instances, long pulses, double joules) {

    public double pulsesPerDevice() { return (double) pulses / devices; }

    public double pulsesPerInstance() { return (double) pulses / instances; }

    public double joulesPerInstance() { return joules / instances; }

    /** One SET per device at these compliances, {@code [row][column]}. */
    public static ProgrammingCost singleSet(String route, DeviceModel device, double[][] complianceAmps) {
        ProgrammingConditions c = device.card().programmingConditions();
        long devices = 0;
        double joules = 0;
        for (double[] row : complianceAmps) {
            for (double icc : row) {
                devices++;
                joules += c == null ? Double.NaN : c.setJoules(icc);
            }
        }
        return new ProgrammingCost(route, devices, complianceAmps.length, devices, joules);
    }

    /** Every device programmed and verified: each try a RESET and a SET. */
    public static ProgrammingCost verified(String route, DeviceModel device, VerifiedProgramming v) {
        ProgrammingConditions c = device.card().programmingConditions();
        long devices = 0, pulses = 0;
        double joules = 0;
        for (int r = 0; r < v.tries().length; r++) {
            for (int col = 0; col < v.tries()[r].length; col++) {
                int t = v.tries()[r][col];
                double icc = v.complianceAmps()[r][col];
                devices++;
                pulses += 2L * t;
                joules += c == null ? Double.NaN : t * (c.resetJoules(device.medianSiemens(icc)) + c.setJoules(icc));
            }
        }
        return new ProgrammingCost(route, devices, v.tries().length, pulses, joules);
    }
}
