package memcim.spice;

/** libngspice cannot be found or loaded, or the in-process engine became unusable. */
public class SpiceLibraryException extends SpiceException {
    public SpiceLibraryException(String message) { super(message); }

    public SpiceLibraryException(String message, Throwable cause) { super(message, java.util.List.of(), cause); }
}
