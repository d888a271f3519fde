package memcim.spice;

/**
 * One change of an XSPICE digital (event) node: the time and ngspice's value string, one of
 * {@code 0s 1s Us 0r 1r Ur 0z 1z Uz 0u 1u Uu} (level 0/1/unknown, strength strong/resistive/hi-z/undetermined).
 */
public record EventValue(double timeSeconds, String value) {}
