package memcim.data.ecg;

import java.util.Optional;

/**
 * The heartbeat classes: index 0–8 are the nine trained classes (healthy + eight arrhythmias), index 9
 * is held out of training and shown only at test time as out-of-distribution data. Each class carries
 * its MIT-BIH annotation symbol so synthetic records and real WFDB records use one label scheme.
 */
public enum EcgClass {
    NORMAL('N', "normal sinus beat"),
    LEFT_BUNDLE_BRANCH_BLOCK('L', "left bundle branch block beat"),
    RIGHT_BUNDLE_BRANCH_BLOCK('R', "right bundle branch block beat"),
    ATRIAL_PREMATURE('A', "atrial premature beat"),
    PREMATURE_VENTRICULAR('V', "premature ventricular contraction"),
    PACED('/', "paced beat"),
    FUSION('F', "fusion of ventricular and normal beat"),
    NODAL_ESCAPE('j', "nodal (junctional) escape beat"),
    ABERRATED_ATRIAL_PREMATURE('a', "aberrated atrial premature beat"),
    /** Held out of training: the unseen class of the published experiment. */
    VENTRICULAR_FLUTTER('!', "ventricular flutter wave (unseen in training)");

    /** Number of classes the network is trained on (its output width). */
    public static final int TRAINED = 9;

    private final char symbol;
    private final String description;

    EcgClass(char symbol, String description) {
        this.symbol = symbol;
        this.description = description;
    }

    public char symbol() { return symbol; }
    public String description() { return description; }
    public boolean unseen() { return ordinal() >= TRAINED; }

    /** The class of an MIT-BIH beat annotation symbol, or empty for symbols memcim does not classify. */
    public static Optional<EcgClass> ofSymbol(char symbol) {
        for (EcgClass c : values()) if (c.symbol == symbol) return Optional.of(c);
        return Optional.empty();
    }
}
