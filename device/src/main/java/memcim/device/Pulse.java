package memcim.device;

/** A programming pulse of a pulsed (analog) device: SET raises the conductance, RESET lowers it. */
public enum Pulse { SET, RESET }
