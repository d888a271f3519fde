package memcim.cosim.energy;

/** A named time window of a transient (a read phase, a conversion) over which source energy is integrated. */
public record Phase(String name, double startSeconds, double endSeconds) {
    public Phase {
        if (!(endSeconds >= startSeconds)) {
            throw new IllegalArgumentException("phase " + name + " ends (" + endSeconds + ") before it starts (" + startSeconds + ")");
        }
    }
}
