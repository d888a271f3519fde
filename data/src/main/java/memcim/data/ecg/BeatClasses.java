package memcim.data.ecg;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import memcim.core.InputException;

/**
 * The label scheme of a data set: the MIT-BIH beat symbols of the {@link #TRAINED} trained classes (labels 0–8) and
 * of the unseen class (label 9), which is held out of training and shown only at test time. The synthetic generator
 * draws the classes of {@link EcgClass}; the real database uses {@link #mitBih()} (docs/data.md, "Classes on MIT-BIH",
 * says why these nine).
 */
public record BeatClasses(List<Character> symbols) {
    public static final int TRAINED = EcgClass.TRAINED;

    /**
     * MIT-BIH beat symbols in the order they become trained classes: each of the first nine has beats in both halves of
     * the inter-patient split ({@link RecordSplit}); the later ones fill in when {@code --unseen} takes one of those.
     */
    static final String MIT_BIH_ORDER = "NLRAV/Ffaj";
    /** The unseen class of the published experiment and of memcim's default on MIT-BIH. */
    public static final char MIT_BIH_UNSEEN = '!';

    /** Every MIT-BIH beat annotation symbol, with what it names (PhysioBank's annotation table). */
    public static final Map<Character, String> MIT_BIH_BEATS = Map.ofEntries(
            Map.entry('N', "normal beat"), Map.entry('L', "left bundle branch block beat"),
            Map.entry('R', "right bundle branch block beat"), Map.entry('B', "bundle branch block beat (unspecified)"),
            Map.entry('A', "atrial premature beat"), Map.entry('a', "aberrated atrial premature beat"),
            Map.entry('J', "nodal (junctional) premature beat"), Map.entry('S', "supraventricular premature beat"),
            Map.entry('V', "premature ventricular contraction"), Map.entry('r', "R-on-T premature ventricular contraction"),
            Map.entry('F', "fusion of ventricular and normal beat"), Map.entry('e', "atrial escape beat"),
            Map.entry('j', "nodal (junctional) escape beat"), Map.entry('n', "supraventricular escape beat"),
            Map.entry('E', "ventricular escape beat"), Map.entry('/', "paced beat"),
            Map.entry('f', "fusion of paced and normal beat"), Map.entry('Q', "unclassifiable beat"),
            Map.entry('!', "ventricular flutter wave"));

    public BeatClasses {
        symbols = List.copyOf(symbols);
        if (symbols.size() != TRAINED + 1 || symbols.stream().distinct().count() != symbols.size())
            throw new IllegalArgumentException("a class table needs " + (TRAINED + 1) + " distinct symbols: " + symbols);
    }

    /** The classes of the synthetic generator ({@link EcgClass}). */
    public static BeatClasses synthetic() {
        List<Character> s = new ArrayList<>();
        for (EcgClass c : EcgClass.values()) s.add(c.symbol());
        return new BeatClasses(s);
    }

    /** The default classes on MIT-BIH: N L R A V / F f a trained, ventricular flutter '!' unseen. */
    public static BeatClasses mitBih() {
        return mitBih(MIT_BIH_UNSEEN);
    }

    /**
     * MIT-BIH classes with {@code unseen} held out: the trained classes are the first nine of {@link #MIT_BIH_ORDER}
     * other than it. {@code where} names the option in the error for a symbol that is not a beat annotation.
     */
    public static BeatClasses mitBih(char unseen, String where) {
        if (!MIT_BIH_BEATS.containsKey(unseen) || unseen == 'Q')
            throw new InputException(where, "an MIT-BIH beat symbol, one of " + beatSymbols(), "'" + unseen + "'");
        List<Character> s = new ArrayList<>();
        for (char c : MIT_BIH_ORDER.toCharArray()) if (c != unseen && s.size() < TRAINED) s.add(c);
        s.add(unseen);
        return new BeatClasses(s);
    }

    public static BeatClasses mitBih(char unseen) {
        return mitBih(unseen, "unseen class");
    }

    private static String beatSymbols() {
        StringBuilder b = new StringBuilder();
        for (char c : "NLRBAaJSVrFejnE/f!".toCharArray()) b.append(b.length() == 0 ? "" : " ").append(c);
        return b.toString();
    }

    public char symbol(int label) { return symbols.get(label); }

    public char unseenSymbol() { return symbols.get(TRAINED); }

    public boolean unseen(int label) { return label >= TRAINED; }

    /** The label of a beat symbol, or empty when the symbol is not one of these classes. */
    public OptionalInt label(char symbol) {
        int i = symbols.indexOf(symbol);
        return i < 0 ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /** What a class's symbol names: MIT-BIH's description. */
    public String description(int label) {
        String d = MIT_BIH_BEATS.get(symbol(label));
        if (d == null) d = EcgClass.ofSymbol(symbol(label)).map(EcgClass::description).orElse("?");
        return unseen(label) ? d + " (unseen in training)" : d;
    }

    public int size() { return symbols.size(); }

    /** "N L R A V / F f a | !" */
    public String describe() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < size(); i++) b.append(i == 0 ? "" : i == TRAINED ? " | " : " ").append(symbol(i));
        return b.toString();
    }
}
