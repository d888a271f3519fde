package memcim.hdl.spec;

/** What a row whose input bit is 0 sees during a read: ground (a floating row would need its own leakage model). */
public enum UnselectedLines implements SpecKey { GROUND }
