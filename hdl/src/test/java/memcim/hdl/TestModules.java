package memcim.hdl;

/** Small modules for tests. */
public final class TestModules {
    private TestModules() {}

    public static Module constructs() { return new ConstructsModule(); }
}
