package memcim.spice;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Writes plots as ngspice writes raw files ({@code raw_write} in ngspice's {@code rawfile.c}): the same
 * header lines, tab-separated variable lines, {@code %.15e} values or little-endian doubles. Vectors
 * shorter than their plot are written {@code unpadded} with their {@code dims=}, as ngspice does under
 * {@code set nopadding}, so reading the file back gives every vector its own length.
 */
public final class RawWriter {
    /** ASCII ("Values:") or binary ("Binary:") data sections. */
    public enum Format { ASCII, BINARY }

    private RawWriter() {}

    public static byte[] write(List<SpicePlot> plots, Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (SpicePlot p : plots) plot(out, p, format);
        return out.toByteArray();
    }

    private static void plot(ByteArrayOutputStream out, SpicePlot p, Format format) {
        List<SpiceVector> vs = p.vectors();
        int points = 0;
        boolean complex = false, ragged = false;
        for (SpiceVector v : vs) {
            points = Math.max(points, v.length());
            complex |= v.isComplex();
        }
        for (SpiceVector v : vs) ragged |= v.length() != points;
        StringBuilder h = new StringBuilder();
        h.append("Title: ").append(p.title()).append('\n');
        h.append("Date: ").append(p.date()).append('\n');
        h.append("Plotname: ").append(p.plotname()).append('\n');
        h.append("Flags: ").append(complex ? "complex" : "real").append(ragged ? " unpadded" : "").append('\n');
        h.append("No. Variables: ").append(vs.size()).append('\n');
        h.append("No. Points: ").append(points).append('\n');
        h.append("Variables:\n");
        for (int i = 0; i < vs.size(); i++) {
            SpiceVector v = vs.get(i);
            h.append('\t').append(i).append('\t').append(v.name()).append('\t').append(VectorTypes.name(v.type()));
            if (v.length() != points) h.append(" dims=").append(v.length());
            h.append('\n');
        }
        h.append(format == Format.BINARY ? "Binary:\n" : "Values:\n");
        out.writeBytes(h.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (format == Format.BINARY) binary(out, vs, points, complex);
        else ascii(out, vs, points, complex);
    }

    private static void binary(ByteArrayOutputStream out, List<SpiceVector> vs, int points, boolean complex) {
        ByteBuffer b = ByteBuffer.allocate(8 * (complex ? 2 : 1) * vs.size()).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < points; i++) {
            b.clear();
            for (SpiceVector v : vs) {
                if (i >= v.length()) continue;
                b.putDouble(re(v, i));
                if (complex) b.putDouble(im(v, i));
            }
            out.write(b.array(), 0, b.position());
        }
    }

    private static void ascii(ByteArrayOutputStream out, List<SpiceVector> vs, int points, boolean complex) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < points; i++) {
            s.append(' ').append(i);
            for (SpiceVector v : vs) {
                if (i >= v.length()) continue;
                s.append('\t').append(number(re(v, i)));
                if (complex) s.append(',').append(number(im(v, i)));
                s.append('\n');
            }
            s.append('\n');
            out.writeBytes(s.toString().getBytes(StandardCharsets.ISO_8859_1));
            s.setLength(0);
        }
    }

    private static double re(SpiceVector v, int i) { return v.isComplex() ? v.interleavedComplex()[2 * i] : v.real()[i]; }

    private static double im(SpiceVector v, int i) { return v.isComplex() ? v.interleavedComplex()[2 * i + 1] : 0.0; }

    /** C's {@code %.15e}: Java's {@code %e} agrees except for non-finite values, which C spells "nan"/"inf". */
    private static String number(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        return String.format(Locale.ROOT, "%.15e", d);
    }
}
