package memcim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import memcim.data.ecg.WfdbChoice;
import picocli.CommandLine.Option;

/** The options that read a data set from WFDB records (MIT-BIH's layout): where, the split, the classes, the codes. */
final class WfdbOptions {
    @Option(names = "--wfdb", paramLabel = "DIR",
            description = "read MIT-BIH-layout WFDB records (.hea, format-212 .dat, .atr) from DIR instead of synthesising")
    Path wfdb;
    @Bounds.Count(min = 0, max = Bounds.BEATS_MAX)
    @Bounds.Only(with = "--wfdb", why = "it limits the beats read from WFDB records")
    @Option(names = "--per-class", defaultValue = "" + WfdbChoice.PER_CLASS, paramLabel = "N",
            description = "with --wfdb: the training class balance, at most N beats of each trained class from the training "
                    + "records (a seeded sample; with --split intra also N/5 unseen), 0 to " + Bounds.BEATS_MAX
                    + ", 0 for all (default ${DEFAULT-VALUE})")
    int perClass;
    @Bounds.Only(with = "--wfdb", why = "the synthetic set is split by beat")
    @Option(names = "--split", paramLabel = "inter|intra",
            description = "with --wfdb: inter (records of DS1 train, of DS2 test: the default on MIT-BIH records) or intra "
                    + "(by beat, the same patients in both: optimistic; the default for other records)")
    String split;
    @Bounds.Only(with = "--wfdb", why = "the synthetic beats keep their amplitude")
    @Option(names = "--normalise", paramLabel = "rms|none",
            description = "with --wfdb: scale each beat's tapered window to unit RMS before the DFT (rms, the default: the "
                    + "amplitude differs between patients more than between classes) or keep its millivolts (none)")
    String normalise;
    @Bounds.Only(with = "--wfdb", why = "the synthetic set keeps level codes")
    @Option(names = "--codes", paramLabel = "inverted|level",
            description = "with --wfdb: the chip's input codes, inverted (7 - level, the default: a row is driven by missing "
                    + "energy, which is what sets unseen beats apart on real records) or level")
    String codes;
    @Bounds.Only(with = "--wfdb", why = "it names MIT-BIH records")
    @Option(names = "--validation-records", split = ",", paramLabel = "R1,R2,...",
            description = "with --wfdb: training-side (DS1) records whose beats validate, so validation sees patients of its "
                    + "own as the test does (default: 20 %% of every training record's beats)")
    List<String> validationRecords;
    @Bounds.Only(with = "--wfdb", why = "the synthetic set's unseen class is the flutter it synthesises")
    @Option(names = "--unseen", paramLabel = "SYMBOL",
            description = "with --wfdb: the MIT-BIH beat symbol held out of training as the unseen class (default '!', "
                    + "ventricular flutter); the trained classes are the first nine of N L R A V / F f a j without it")
    String unseen;

    /** The records these options read, or null for the synthetic set. */
    WfdbChoice choice(boolean detect) {
        return wfdb == null ? null : new WfdbChoice(wfdb, split, unseen, perClass, detect, !"none".equals(WfdbChoice.normalisation(normalise)),
                validationRecords == null ? null : Set.copyOf(validationRecords), WfdbChoice.invertedCodes(codes));
    }
}
