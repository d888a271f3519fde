package memcim.report;

import java.util.List;

/** One piece of a report's section, in the order the page shows it. */
public sealed interface Block permits Block.Paragraph, Block.Preformatted, Block.Bullets, Table, Plot {
    /** Running text. */
    record Paragraph(String text) implements Block {}

    /** Text shown as written, in a fixed-width font (a configuration's description). */
    record Preformatted(String text) implements Block {}

    /** A bulleted list. */
    record Bullets(List<String> items) implements Block {
        public Bullets { items = List.copyOf(items); }
    }
}
