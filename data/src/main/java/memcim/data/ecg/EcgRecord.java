package memcim.data.ecg;

import java.util.List;

/**
 * One single-lead ECG record: the signal in millivolts at {@code samplingHz}, and its beat annotations
 * in sample order. Synthetic records and records read from WFDB files share this type.
 */
public record EcgRecord(String name, double samplingHz, double[] millivolts, List<BeatAnnotation> beats) {
    public EcgRecord {
        beats = List.copyOf(beats);
    }

    public int length() { return millivolts.length; }
}
