package memcim.data.toy;

import memcim.core.InputException;

/**
 * How a crossbar network reads points of the plane: each coordinate quantised to a {@code bits}-bit code over its
 * range (clamped at the edges), plus a third input held at the top code, the bias row a crossbar needs because
 * its columns sum only weighted inputs. Codes are at most 7 bits, so they fit a byte as the network's inputs do.
 */
public record PlaneCoding(double xMin, double xMax, double yMin, double yMax, int bits) {
    /** Inputs per point: x, y and the bias. */
    public static final int WIDTH = 3;

    public PlaneCoding {
        if (bits < 1 || bits > 7) throw new InputException("input bits", "1 to 7", String.valueOf(bits));
        if (!(xMax > xMin) || !(yMax > yMin) || !Double.isFinite(xMax - xMin) || !Double.isFinite(yMax - yMin))
            throw new InputException("plane range", "finite ranges with max > min",
                    "x [" + xMin + ", " + xMax + "], y [" + yMin + ", " + yMax + "]");
    }

    /** The points' bounding box widened by {@code margin} of its size on every side. */
    public static PlaneCoding around(LabelledPoints p, double margin, int bits) {
        double x0 = Double.POSITIVE_INFINITY, x1 = Double.NEGATIVE_INFINITY, y0 = x0, y1 = x1;
        for (int i = 0; i < p.size(); i++) {
            x0 = Math.min(x0, p.x(i));
            x1 = Math.max(x1, p.x(i));
            y0 = Math.min(y0, p.y(i));
            y1 = Math.max(y1, p.y(i));
        }
        double dx = (x1 - x0) * margin, dy = (y1 - y0) * margin;
        return new PlaneCoding(x0 - dx, x1 + dx, y0 - dy, y1 + dy, bits);
    }

    public int topCode() { return (1 << bits) - 1; }

    public int codeX(double x) { return code(x, xMin, xMax); }

    public int codeY(double y) { return code(y, yMin, yMax); }

    private int code(double v, double lo, double hi) {
        long c = Math.round((v - lo) / (hi - lo) * topCode());
        return (int) Math.max(0, Math.min(topCode(), c));
    }

    /** The centre of code {@code c} of the x axis (for drawing maps). */
    public double x(int c) { return xMin + (xMax - xMin) * c / topCode(); }

    public double y(int c) { return yMin + (yMax - yMin) * c / topCode(); }

    public CodedPoints code(LabelledPoints p) {
        byte[] codes = new byte[p.size() * WIDTH];
        for (int i = 0; i < p.size(); i++) {
            codes[WIDTH * i] = (byte) codeX(p.x(i));
            codes[WIDTH * i + 1] = (byte) codeY(p.y(i));
            codes[WIDTH * i + 2] = (byte) topCode();
        }
        return new CodedPoints(codes, p.labels().clone(), p.classes());
    }

    /** Every code pair of the plane, x fastest: the dense grid of decision and uncertainty maps (label 0). */
    public CodedPoints grid() {
        int n = topCode() + 1;
        byte[] codes = new byte[n * n * WIDTH];
        for (int iy = 0, i = 0; iy < n; iy++) {
            for (int ix = 0; ix < n; ix++, i++) {
                codes[WIDTH * i] = (byte) ix;
                codes[WIDTH * i + 1] = (byte) iy;
                codes[WIDTH * i + 2] = (byte) topCode();
            }
        }
        return new CodedPoints(codes, new int[n * n], 1);
    }
}
