package memcim.data.ecg;

import java.nio.file.Path;
import java.util.List;
import memcim.core.InputException;

/**
 * A data set to be read from a directory of WFDB records, as the options chose it: MIT-BIH records split inter-patient
 * with the MIT-BIH classes, other records (memcim's own synthetic ones written as WFDB) by beat with the synthetic
 * classes, unless {@code split} / {@code unseen} say otherwise (null: the default).
 *
 * @param perClass the training class balance ({@link DatasetBuilder.Selection#maxPerClass})
 * @param validationRecords training-side records whose beats validate instead of a 20 % share of every record's (null: none)
 * @param invertedCodes 7 − code ({@link FeatureQuantiser}): the default on real records
 * @param unitRms scale each beat to unit RMS before the DFT ({@link BeatFeatures#features(double[], double[], int, boolean)})
 */
public record WfdbChoice(Path dir, String split, String unseen, int perClass, boolean detect, boolean unitRms,
                         java.util.Set<String> validationRecords, boolean invertedCodes) {
    /** The defaults on real records: unit RMS, inverted codes. */
    public WfdbChoice(Path dir, String split, String unseen, int perClass, boolean detect) {
        this(dir, split, unseen, perClass, detect, true, null, true);
    }

    /** The {@code --codes} value: {@code inverted} (also when not given) or {@code level}. */
    public static boolean invertedCodes(String option) {
        if (option == null || option.equals("inverted")) return true;
        if (option.equals("level")) return false;
        throw new InputException("--codes", "inverted or level", "'" + option + "'");
    }

    /** The default training class balance on real records: at most this many beats of each trained class. */
    public static final int PER_CLASS = 1000;

    /** The {@code --normalise} value: {@code rms} (also when not given) or {@code none}. */
    public static String normalisation(String option) {
        if (option == null || option.equals("rms")) return "rms";
        if (option.equals("none")) return "none";
        throw new InputException("--normalise", "rms or none", "'" + option + "'");
    }

    public EcgDataset load(long seed) {
        if (unseen != null && unseen.length() != 1)
            throw new InputException("--unseen", "one MIT-BIH beat symbol, e.g. ! or E", "'" + unseen + "'");
        RecordSplit how = split == null ? null : RecordSplit.of(split, "--split");
        BeatClasses classes = unseen == null ? null : BeatClasses.mitBih(unseen.charAt(0), "--unseen");
        if (validationRecords != null)   // before minutes of reading: a test record here would validate on the test
            for (String r : validationRecords)
                if (!RecordSplit.DS1.contains(r))
                    throw new InputException("--validation-records", "training-side (DS1) records of the inter-patient split", "'" + r + "'");
        List<EcgRecord> records = WfdbReader.readDirectory(dir);
        boolean mitBih = records.stream().allMatch(r -> RecordSplit.known(r.name()));
        if (how == null) how = mitBih ? RecordSplit.INTER_PATIENT : RecordSplit.INTRA_PATIENT;
        if (classes == null) classes = mitBih ? BeatClasses.mitBih() : BeatClasses.synthetic();
        if (validationRecords != null && !validationRecords.isEmpty() && how != RecordSplit.INTER_PATIENT)
            throw new InputException("--validation-records", "the inter-patient split (--split inter on MIT-BIH records)", how.id());
        return DatasetBuilder.fromRecords(records, new DatasetBuilder.Selection(classes, how, perClass, seed, detect, unitRms, validationRecords, invertedCodes),
                "WFDB records in " + dir + " (" + records.size() + " records, " + (unitRms ? "beats scaled to unit RMS" : "beats in millivolts")
                        + ", " + (invertedCodes ? "inverted" : "level") + " codes)");
    }
}
