package memcim.device;

import java.io.Serializable;

/**
 * A (μ, σ) a weight sample can be given, and how: program the G⁺ cell at {@code complianceAmpsPlus} and the G⁻ cell
 * at {@code complianceAmpsMinus} (one SET each). For a single-cell domain {@code complianceAmpsMinus} is 0: no
 * second cell.
 */
public record FeasiblePoint(double muSiemens, double sigmaSiemens, double complianceAmpsPlus, double complianceAmpsMinus)
        implements Serializable {}
