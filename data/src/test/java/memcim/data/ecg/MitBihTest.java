package memcim.data.ecg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import memcim.data.SharedData;
import org.junit.jupiter.api.Test;

/** The WFDB reader on a real MIT-BIH record (shared/data/mitdb), against the database's published figures. */
class MitBihTest {
    /**
     * Record 100: 30 min 6 s at 360 Hz (650,000 samples, MLII first); beats per the MIT-BIH directory: 2,239
     * normal, 33 atrial premature, 1 premature ventricular. The .hea checksum is verified by the reader.
     */
    @Test
    void record100HasItsPublishedLengthAndBeats() {
        Path dir = SharedData.folder("mitdb");
        EcgRecord r = WfdbReader.read(dir, "100");
        assertEquals(360, r.samplingHz());
        assertEquals(650_000, r.length());
        Map<Character, Integer> beats = new TreeMap<>();
        for (BeatAnnotation a : r.beats()) if (EcgClass.ofSymbol(a.symbol()).isPresent()) beats.merge(a.symbol(), 1, Integer::sum);
        assertEquals(Map.of('N', 2239, 'A', 33, 'V', 1), beats);
    }
}
