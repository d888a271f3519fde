package memcim.device;

import java.io.Serializable;

/**
 * One programmed cell: what it drew when it was programmed, and all that its later life depends on. Reading it at
 * a time since programming ({@link DeviceModel#conductanceAt}, {@link DeviceModel#readAt}) draws nothing more for
 * the drift, so the same cell is the same trajectory however often it is read.
 *
 * @param programmedSiemens conductance at the card's measurement time t₀
 * @param targetSiemens     what it was programmed to (the median of its SET, or the target); statistics that depend
 *                          on the programmed state use it
 * @param driftCoefficient  its drift coefficient (ν), drawn at programming
 */
public record ProgrammedCell(double programmedSiemens, double targetSiemens, double driftCoefficient) implements Serializable {}
