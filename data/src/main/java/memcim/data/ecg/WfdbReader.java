package memcim.data.ecg;

import memcim.core.InputFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import memcim.core.InputException;

/**
 * Reads records in the MIT-BIH Arrhythmia Database layout: the {@code .hea} header, a format-212
 * {@code .dat} signal file (any number of interleaved signals; the lead named MLII is used if present,
 * else the first), and the {@code .atr} annotations (MIT format, with SKIP, NUM, SUB, CHN and AUX
 * words). Every malformed input is an {@link InputException} naming the file and line or byte offset.
 */
public final class WfdbReader {
    /** Far above any ECG recorder (MIT-BIH: 360 Hz); a header saying more is not one. */
    static final double MAX_SAMPLING_HZ = 1e6;

    private WfdbReader() {}

    /** Every record of a directory (each {@code .hea} file), in name order. */
    public static List<EcgRecord> readDirectory(Path dir) {
        if (!Files.isDirectory(dir)) throw new InputException(dir.toString(), "a directory of WFDB records", "no such directory");
        List<Path> headers;
        try (Stream<Path> s = Files.list(dir)) {
            headers = s.filter(p -> p.getFileName().toString().endsWith(".hea")).sorted().toList();
        } catch (IOException e) {
            throw new InputException(dir.toString(), "a readable directory", e.getMessage());
        }
        if (headers.isEmpty()) throw new InputException(dir.toString(), "at least one .hea header file", "none");
        List<EcgRecord> out = new ArrayList<>();
        for (Path h : headers) {
            String name = h.getFileName().toString();
            out.add(read(dir, name.substring(0, name.length() - 4)));
        }
        return out;
    }

    /** One record: {@code dir/NAME.hea}, its signal file and {@code dir/NAME.atr}. */
    public static EcgRecord read(Path dir, String name) {
        Header h = Header.parse(dir.resolve(name + ".hea"));
        Header.Signal sig = h.signals.stream().filter(s -> s.description.equals("MLII")).findFirst()
                .orElse(h.signals.get(0));
        int index = h.signals.indexOf(sig);
        Path dat = dir.resolve(sig.file);
        int[] adu = readFormat212(dat, h.signals.size(), index, h.samples);
        if (sig.checksum != null) {
            short sum = 0;
            for (int v : adu) sum += (short) v;
            if (sum != sig.checksum)
                throw new InputException(h.file + ":" + sig.line, "checksum " + sig.checksum + " of " + dat.getFileName(),
                        "checksum " + sum + " of the samples read");
        }
        double[] mv = new double[adu.length];
        for (int i = 0; i < adu.length; i++) mv[i] = (adu[i] - sig.baseline) / sig.gain;
        return new EcgRecord(name, h.samplingHz, mv, readAnnotations(dir.resolve(name + ".atr")));
    }

    /** Signal {@code which} of {@code nsig} interleaved format-212 signals, {@code samples} per signal (-1: all). */
    static int[] readFormat212(Path file, int nsig, int which, long samples) {
        byte[] b = InputFiles.bytes(file);
        long available = (b.length / 3) * 2 + (b.length % 3 >= 2 ? 1 : 0);   // 12-bit values in the file
        long frames = samples < 0 ? available / nsig : samples;
        long needed = frames * nsig;
        if (needed > available || (samples < 0 && b.length % 3 == 1)) {
            long neededBytes = (needed / 2) * 3 + (needed % 2) * 2;
            throw new InputException(file + ": byte " + b.length, neededBytes + " bytes (" + frames + " frames of "
                    + nsig + " format-212 signals, from the header)", "end of file after " + b.length + " bytes");
        }
        int[] out = new int[(int) frames];
        for (long f = 0; f < frames; f++) {
            long v = f * nsig + which;       // index of the 12-bit value
            int o = (int) (v / 2) * 3;
            int value = v % 2 == 0
                    ? (b[o] & 0xFF) | ((b[o + 1] & 0x0F) << 8)
                    : (b[o + 2] & 0xFF) | ((b[o + 1] & 0xF0) << 4);
            out[(int) f] = value >= 2048 ? value - 4096 : value;   // 12-bit two's complement
        }
        return out;
    }

    /** Beat and other annotations of an MIT-format annotation file. */
    public static List<BeatAnnotation> readAnnotations(Path file) {
        byte[] b = InputFiles.bytes(file);
        List<BeatAnnotation> out = new ArrayList<>();
        long time = 0;
        int o = 0;
        while (true) {
            if (o + 2 > b.length)
                throw new InputException(file + ": byte " + o, "a 2-byte annotation word or the 0x0000 end mark", "end of file");
            int w = (b[o] & 0xFF) | ((b[o + 1] & 0xFF) << 8);
            int code = w >> 10, interval = w & 0x3FF;
            if (w == 0) return out;
            switch (code) {
                case WfdbCodes.SKIP -> {
                    if (o + 6 > b.length)
                        throw new InputException(file + ": byte " + (o + 2), "a 4-byte SKIP interval", "end of file");
                    long hi = (b[o + 2] & 0xFF) | ((b[o + 3] & 0xFF) << 8);
                    long lo = (b[o + 4] & 0xFF) | ((b[o + 5] & 0xFF) << 8);
                    int skip = (int) ((hi << 16) | lo);   // signed 32-bit
                    time += skip;
                    o += 6;
                }
                case WfdbCodes.NUM, WfdbCodes.SUB, WfdbCodes.CHN -> o += 2;   // modifiers of the previous annotation
                case WfdbCodes.AUX -> o += 2 + interval + (interval % 2);     // text, padded to an even length
                default -> {
                    char symbol = WfdbCodes.symbol(code);
                    if (symbol == 0)
                        throw new InputException(file + ": byte " + o, "an MIT annotation code (1–41 or 59–63)",
                                "code " + code);
                    time += interval;
                    if (time > Integer.MAX_VALUE || time < 0)
                        throw new InputException(file + ": byte " + o, "an annotation time within the record", "sample " + time);
                    out.add(new BeatAnnotation((int) time, symbol));
                    o += 2;
                }
            }
            if (o > b.length)
                throw new InputException(file + ": byte " + b.length, "the AUX text announced at the last word", "end of file");
        }
    }

    /** The parts of a WFDB header that memcim uses. */
    static final class Header {
        final Path file;
        double samplingHz = 250;   // the WFDB default
        long samples = -1;
        final List<Signal> signals = new ArrayList<>();

        record Signal(int line, String file, String format, double gain, int baseline, Short checksum, String description) {}

        private Header(Path file) { this.file = file; }

        static Header parse(Path file) {
            List<String> lines = InputFiles.lines(file, StandardCharsets.US_ASCII);
            Header h = new Header(file);
            int nsig = -1;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                int lineNo = i + 1;
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] f = line.split("\\s+");
                String where = InputException.at(file, lineNo);
                if (nsig < 0) {
                    if (f[0].contains("/"))
                        throw new InputException(where, "a single-segment record", "multi-segment record '" + f[0] + "'");
                    if (f.length < 2) throw new InputException(where, "record line 'name nsig [fs [nsamp]]'", "'" + line + "'");
                    nsig = parseInt(f[1], where, "number of signals");
                    if (nsig < 1) throw new InputException(where, "at least one signal", f[1]);
                    if (f.length > 2) {
                        String fs = f[2].split("[/(]")[0];
                        h.samplingHz = parseDouble(fs, where, "sampling frequency");
                        if (!(h.samplingHz > 0 && h.samplingHz <= MAX_SAMPLING_HZ))
                            throw new InputException(where, "a sampling frequency above 0 and at most " + (int) MAX_SAMPLING_HZ + " Hz", f[2]);
                    }
                    if (f.length > 3) {
                        h.samples = parseInt(f[3], where, "number of samples");
                        // a negative count is not "all": it is a header written wrong
                        if (h.samples < 0) throw new InputException(where, "a number of samples >= 0", f[3]);
                    }
                } else if (h.signals.size() < nsig) {
                    if (f.length < 2) throw new InputException(where, "signal line 'file format [gain ...]'", "'" + line + "'");
                    String format = f[1].split("[x:+]")[0];
                    if (!format.equals("212")) throw new InputException(where, "signal format 212", "format " + f[1]);
                    if (!h.signals.isEmpty() && !h.signals.get(0).file.equals(f[0]))
                        throw new InputException(where, "all signals in one file " + h.signals.get(0).file, f[0]);
                    double gain = 200;
                    Integer baseline = null;
                    if (f.length > 2) {
                        String g = f[2].split("/")[0];
                        int paren = g.indexOf('(');
                        if (paren >= 0) {
                            if (!g.endsWith(")")) throw new InputException(where, "gain(baseline)", f[2]);
                            baseline = parseInt(g.substring(paren + 1, g.length() - 1), where, "baseline");
                            g = g.substring(0, paren);
                        }
                        gain = parseDouble(g, where, "gain");
                        if (gain == 0) gain = 200;   // WFDB: 0 means the default
                        if (!(gain > 0) || Double.isInfinite(gain)) throw new InputException(where, "a positive, finite gain (adu/mV)", f[2]);
                    }
                    int zero = f.length > 4 ? parseInt(f[4], where, "ADC zero") : 0;
                    Short checksum = f.length > 6 ? (short) parseInt(f[6], where, "checksum") : null;
                    String description = f.length > 8 ? String.join(" ", java.util.Arrays.copyOfRange(f, 8, f.length)) : "";
                    h.signals.add(new Signal(lineNo, f[0], format, gain, baseline != null ? baseline : zero, checksum, description));
                }
            }
            if (nsig < 0) throw new InputException(file.toString(), "a record line", "no record line");
            if (h.signals.size() < nsig)
                throw new InputException(file + ":" + (lines.size() + 1), nsig + " signal lines", h.signals.size() + " signal lines");
            return h;
        }

        private static int parseInt(String s, String where, String what) {
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw new InputException(where, "an integer " + what, "'" + s + "'");
            }
        }

        private static double parseDouble(String s, String where, String what) {
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw new InputException(where, "a number for the " + what, "'" + s + "'");
            }
        }
    }
}
