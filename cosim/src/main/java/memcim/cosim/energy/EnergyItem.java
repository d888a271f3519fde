package memcim.cosim.energy;

/** One line of an energy breakdown: joules per inference, and how the figure was obtained. */
public record EnergyItem(String name, double joulesPerInference, boolean macOnly, String method) {}
