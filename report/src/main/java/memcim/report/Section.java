package memcim.report;

import java.util.List;

/** A headed part of a report's page. */
public record Section(String heading, List<Block> blocks) {
    public Section { blocks = List.copyOf(blocks); }

    public static Section of(String heading, Block... blocks) { return new Section(heading, List.of(blocks)); }
}
