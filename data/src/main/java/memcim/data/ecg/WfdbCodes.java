package memcim.data.ecg;

/**
 * MIT annotation codes (WFDB ecgcodes.h): the 6-bit code of each annotation and its one-character
 * mnemonic, plus the pseudo-codes of the MIT annotation file format.
 */
final class WfdbCodes {
    static final int SKIP = 59;
    static final int NUM = 60;
    static final int SUB = 61;
    static final int CHN = 62;
    static final int AUX = 63;

    /** Mnemonic of codes 0–41 ("" for unused codes). */
    private static final String[] MNEMONIC = {
        "", "N", "L", "R", "a", "V", "F", "J", "A", "S", "E", "j", "/", "Q", "~", "", "|", "", "s", "T",
        "*", "D", "\"", "=", "p", "B", "^", "t", "+", "u", "?", "!", "[", "]", "e", "n", "@", "x", "f", "(",
        ")", "r"};

    private WfdbCodes() {}

    /** The code of a symbol, or -1 if it has none. */
    static int code(char symbol) {
        for (int i = 1; i < MNEMONIC.length; i++) if (MNEMONIC[i].equals(String.valueOf(symbol))) return i;
        return -1;
    }

    /** The symbol of a code, or 0 if the code is not an annotation type. */
    static char symbol(int code) {
        return code > 0 && code < MNEMONIC.length && !MNEMONIC[code].isEmpty() ? MNEMONIC[code].charAt(0) : 0;
    }
}
