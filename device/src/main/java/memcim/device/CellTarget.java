package memcim.device;

import java.io.Serializable;

/**
 * What one cell is programmed to: either one SET at a compliance current ({@link Compliance}: the conductance is a
 * draw from the card's measured SET statistics at that current) or a target conductance ({@link Conductance}:
 * program-and-verify style, the card's programming law gives the spread σ(G) around it).
 * {@link DeviceModel#program(CellTarget, java.util.random.RandomGenerator, java.util.random.RandomGenerator)} programs
 * either.
 */
public sealed interface CellTarget extends Serializable permits CellTarget.Compliance, CellTarget.Conductance {
    /** One SET at this compliance current, amperes. */
    record Compliance(double amps) implements CellTarget {}

    /** Programmed to this conductance, siemens. */
    record Conductance(double siemens) implements CellTarget {}

    static CellTarget compliance(double amps) { return new Compliance(amps); }

    static CellTarget conductance(double siemens) { return new Conductance(siemens); }
}
