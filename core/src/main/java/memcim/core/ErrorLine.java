package memcim.core;

/**
 * The one error line every memcim command prints: {@code memcim <command>: error: <where>: expected <what>, found <what>}.
 * Everything the user typed or a file held reaches the terminal through {@link #escape}: a newline, an escape
 * sequence or a NUL in a file name or a value is shown as {@code \n}, {@code \x1b}, {@code \0}, never acted on.
 */
public final class ErrorLine {
    private ErrorLine() {}

    /** Bad input (exit 2): the command's full name and the exception's where / expected / found, on one line. */
    public static String input(String command, InputException e) {
        return command + ": error: " + escape(e.getMessage());
    }

    /** A failure that is memcim's, not the user's (exit 1): class and message, on one line. */
    public static String internal(String command, Throwable t) {
        String message = t.getMessage() == null ? "" : ": " + t.getMessage();
        return command + ": internal error: " + t.getClass().getSimpleName() + escape(message);
    }

    /** User text in single quotes, control characters escaped. */
    public static String quote(String text) {
        return "'" + escape(text) + "'";
    }

    /** Control characters (C0, DEL, C1) as visible escapes; other text unchanged. */
    public static String escape(String text) {
        if (text == null) return "null";
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String esc = c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t" : c == 0 ? "\\0"
                    : (c < 0x20 || (c >= 0x7f && c <= 0x9f)) ? String.format("\\x%02x", (int) c) : null;
            if (esc != null && sb == null) sb = new StringBuilder(text.substring(0, i));
            if (sb != null) {
                if (esc != null) sb.append(esc);
                else sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }
}
