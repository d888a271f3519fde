package memcim.hdl.spec;

/** A column's front end: a transimpedance stage holding the bit line at virtual ground (V = −I·R_f). */
public enum FrontEnd implements SpecKey { TRANSIMPEDANCE }
