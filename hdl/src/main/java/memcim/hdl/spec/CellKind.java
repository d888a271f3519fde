package memcim.hdl.spec;

/** The array's cell: one access transistor and one memristor (the only cell the decks and device cards model). */
public enum CellKind implements SpecKey {
    ONE_T_ONE_R;

    @Override public String key() { return "1T1R"; }
}
