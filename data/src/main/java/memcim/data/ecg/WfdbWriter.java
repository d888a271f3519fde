package memcim.data.ecg;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Locale;
import memcim.core.AtomicFiles;
import memcim.core.Generator;

/**
 * Writes a record in the MIT-BIH Arrhythmia Database layout: {@code NAME.hea} (header), {@code NAME.dat}
 * (one signal, format 212: two 12-bit two's-complement samples in three bytes) and {@code NAME.atr}
 * (MIT annotation format). Gain 200 adu/mV and zero 0, as in the MIT-BIH records; values outside the
 * 12-bit range are clipped to it.
 */
public final class WfdbWriter {
    public static final double GAIN_ADU_PER_MV = 200;

    private WfdbWriter() {}

    public static void write(Path dir, EcgRecord r) {
        int[] adu = new int[r.length()];
        int checksum = 0;
        for (int i = 0; i < adu.length; i++) {
            adu[i] = (int) Math.max(-2048, Math.min(2047, Math.round(r.millivolts()[i] * GAIN_ADU_PER_MV)));
            checksum += adu[i];
        }
        String header = String.format(Locale.ROOT, "%s 1 %s %d%n%s.dat 212 %s 12 0 %d %d 0 MLII%n# written by %s%n",
                r.name(), number(r.samplingHz()), adu.length, r.name(), number(GAIN_ADU_PER_MV), adu.length == 0 ? 0 : adu[0],
                (short) checksum, Generator.id());
        AtomicFiles.write(dir.resolve(r.name() + ".hea"), header);
        AtomicFiles.write(dir.resolve(r.name() + ".dat"), format212(adu));
        AtomicFiles.write(dir.resolve(r.name() + ".atr"), annotations(r));
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    static byte[] format212(int[] adu) {
        byte[] out = new byte[(adu.length / 2) * 3 + (adu.length % 2) * 2];
        int o = 0;
        for (int i = 0; i + 1 < adu.length; i += 2) {
            int a = adu[i] & 0xFFF, b = adu[i + 1] & 0xFFF;
            out[o++] = (byte) a;
            out[o++] = (byte) (((a >> 8) & 0x0F) | ((b >> 4) & 0xF0));
            out[o++] = (byte) b;
        }
        if (adu.length % 2 == 1) {   // a lone last sample takes two bytes
            int a = adu[adu.length - 1] & 0xFFF;
            out[o++] = (byte) a;
            out[o] = (byte) ((a >> 8) & 0x0F);
        }
        return out;
    }

    static byte[] annotations(EcgRecord r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long previous = 0;
        for (BeatAnnotation a : r.beats()) {
            int code = WfdbCodes.code(a.symbol());
            if (code < 0) throw new IllegalArgumentException("no MIT code for annotation symbol '" + a.symbol() + "'");
            long delta = a.sample() - previous;
            if (delta < 0) throw new IllegalArgumentException("annotations out of order at sample " + a.sample());
            if (delta > 1023) {   // SKIP, then the 32-bit interval as two PDP-11 words, high word first
                word(out, WfdbCodes.SKIP << 10);
                word(out, (int) (delta >> 16) & 0xFFFF);
                word(out, (int) delta & 0xFFFF);
                delta = 0;
            }
            word(out, (code << 10) | (int) delta);
            previous = a.sample();
        }
        word(out, 0);
        return out.toByteArray();
    }

    private static void word(ByteArrayOutputStream out, int w) {
        out.write(w & 0xFF);
        out.write((w >> 8) & 0xFF);
    }
}
