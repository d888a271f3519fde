package memcim.cosim.energy;

/** One named technology constant, its unit, and where the value comes from (a source or a justification). */
public record TechConstant(String name, double value, String unit, String source) {}
