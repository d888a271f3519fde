package memcim.data.ecg;

import java.util.Set;

/**
 * Which beats may train and which test. {@link #INTER_PATIENT} (the default on MIT-BIH) keeps each record on one side:
 * the DS1/DS2 division of de Chazal et al. (IEEE TBME 2004), 22 records each, with the four paced records that
 * division leaves out shared two and two so the paced classes can be trained and tested. {@link #INTRA_PATIENT} splits
 * by beat, so one patient's beats sit in training and in test: optimistic, and labelled so in every report.
 */
public enum RecordSplit {
    INTER_PATIENT("inter-patient (DS1/DS2 of de Chazal 2004; paced records 104, 107 train, 102, 217 test)"),
    INTRA_PATIENT("intra-patient (by beat: the same patients in training and test, optimistic)");

    /** Training records (validation beats are drawn from them too). */
    public static final Set<String> DS1 = Set.of("101", "106", "108", "109", "112", "114", "115", "116", "118", "119",
            "122", "124", "201", "203", "205", "207", "208", "209", "215", "220", "223", "230", "104", "107");
    /** Test records. */
    public static final Set<String> DS2 = Set.of("100", "103", "105", "111", "113", "117", "121", "123", "200", "202",
            "210", "212", "213", "214", "219", "221", "222", "228", "231", "232", "233", "234", "102", "217");

    private final String description;

    RecordSplit(String description) {
        this.description = description;
    }

    public String description() { return description; }

    /** The option value: {@code inter} or {@code intra}. */
    public String id() { return this == INTER_PATIENT ? "inter" : "intra"; }

    public static RecordSplit of(String id, String where) {
        for (RecordSplit s : values()) if (s.id().equals(id)) return s;
        throw new memcim.core.InputException(where, "inter or intra", "'" + id + "'");
    }

    /** Whether a record's known-class beats go to the test side (inter-patient only; by name). */
    public static boolean testRecord(String name) {
        return DS2.contains(name);
    }

    /** Whether a record belongs to the MIT-BIH division at all (the 48 records of the database). */
    public static boolean known(String name) {
        return DS1.contains(name) || DS2.contains(name);
    }
}
