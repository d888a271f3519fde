package memcim.data.toy;

import java.util.Arrays;
import memcim.data.CodedSamples;

/** Points of the plane as {@link PlaneCoding} codes them: x, y and bias codes per point, with their classes. */
public record CodedPoints(byte[] codes, int[] labels, int classes) implements CodedSamples {
    @Override
    public int width() { return PlaneCoding.WIDTH; }

    @Override
    public boolean equals(Object o) {
        return o instanceof CodedPoints c && c.classes == classes && Arrays.equals(codes, c.codes) && Arrays.equals(labels, c.labels);
    }

    @Override
    public int hashCode() { return Arrays.hashCode(codes) * 31 + Arrays.hashCode(labels); }
}
