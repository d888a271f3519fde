package memcim.data.ecg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import memcim.data.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The WFDB reader on every record of the real MIT-BIH Arrhythmia Database (shared/data/mitdb): each signal's sample
 * count, first sample and checksum as its header states them, and each record's annotation count as a second parse,
 * written here from the format's description and sharing no code with the reader, counts them.
 */
class MitBihRecordsTest {
    @Test
    void everyRecordsSignalsAndAnnotationsAgreeWithItsHeaderAndAnIndependentParse() throws IOException {
        Path dir = SharedData.folder("mitdb");
        List<Path> headers;
        try (var s = Files.list(dir)) {
            headers = s.filter(p -> p.toString().endsWith(".hea")).sorted().toList();
        }
        assertEquals(48, headers.size(), "the 48 records of the database");
        long beatsTotal = 0, beatLabels = 0;
        for (Path hea : headers) {
            String name = hea.getFileName().toString().replace(".hea", "");
            List<String> lines = Files.readAllLines(hea).stream().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
            String[] record = lines.get(0).trim().split("\\s+");
            int nsig = Integer.parseInt(record[1]);
            long samples = Long.parseLong(record[3]);
            assertEquals(360, Double.parseDouble(record[2]), name);
            for (int k = 0; k < nsig; k++) {
                // file format gain bits baseline first-value checksum block description
                String[] sig = lines.get(1 + k).trim().split("\\s+");
                int[] adu = WfdbReader.readFormat212(dir.resolve(sig[0]), nsig, k, samples);
                assertEquals(samples, adu.length, name + " signal " + k + ": samples");
                assertEquals(Integer.parseInt(sig[5]), adu[0], name + " signal " + k + ": first sample");
                short sum = 0;
                for (int v : adu) sum += (short) v;
                assertEquals(Short.parseShort(sig[6]), sum, name + " signal " + k + ": checksum");
            }
            EcgRecord r = WfdbReader.read(dir, name);
            assertEquals(samples, r.length(), name);
            int annotations = countAnnotations(Files.readAllBytes(dir.resolve(name + ".atr")));
            assertEquals(annotations, r.beats().size(), name + ": annotations, the reader against the independent parse");
            for (int i = 1; i < r.beats().size(); i++)
                assertTrue(r.beats().get(i).sample() >= r.beats().get(i - 1).sample(), name + ": annotations in time order");
            beatsTotal += annotations;
            for (BeatAnnotation a : r.beats()) if ("NLRBAaJSVrFejnE/fQ?".indexOf(a.symbol()) >= 0) beatLabels++;
        }
        // every annotation of the database, beats and non-beat labels (rhythm changes, noise, ...), and the beat labels
        // alone: 109,494, the total usually quoted for the database
        assertEquals(112_647, beatsTotal, "annotations in all 48 records");
        assertEquals(109_494, beatLabels, "beat labels in all 48 records");
    }

    /**
     * MIT annotation format (WFDB's annotation(5) page): little-endian 16-bit words, code in the top 6 bits, a 10-bit
     * field below; code 0 with field 0 ends the file; 59 (SKIP) is followed by a 32-bit interval (high word first);
     * 60–62 (NUM, SUB, CHN) modify the previous annotation; 63 (AUX) is followed by field-many bytes of text, padded to
     * even; any other code is one annotation.
     */
    private static int countAnnotations(byte[] b) {
        int n = 0;
        for (int o = 0; o + 1 < b.length; ) {
            int word = (b[o] & 0xFF) | (b[o + 1] & 0xFF) << 8;
            int code = word >>> 10, field = word & 1023;
            if (word == 0) break;
            if (code == 59) o += 6;
            else if (code == 63) o += 2 + field + (field & 1);
            else {
                if (code < 59) n++;
                o += 2;
            }
        }
        return n;
    }
}
