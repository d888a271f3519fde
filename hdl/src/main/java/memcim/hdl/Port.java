package memcim.hdl;

/** A port of a module as seen from outside: name, direction, width, signedness. */
public record Port(String name, Direction direction, int width, boolean signed) {
    public enum Direction { IN, OUT }
}
