package memcim.spice;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ngspice's version as it announces itself ("ngspice-39"); minor is 0 when it is not printed. */
public record SpiceVersion(int major, int minor, String text) {
    private static final Pattern VERSION = Pattern.compile("ngspice-(\\d+)(?:\\.(\\d+))?");

    /** Finds the version in ngspice's banner or {@code version} output; null if there is none. */
    static SpiceVersion parse(String text) {
        Matcher m = VERSION.matcher(text);
        if (!m.find()) return null;
        int minor = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return new SpiceVersion(Integer.parseInt(m.group(1)), minor, m.group());
    }

    public boolean atLeast(int wantedMajor) { return major >= wantedMajor; }

    @Override
    public String toString() { return text; }
}
