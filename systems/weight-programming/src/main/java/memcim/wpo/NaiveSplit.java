package memcim.wpo;

import memcim.mapping.MultiPair;

/** The naive ways of sharing a weight between the two pairs, each a {@link MultiPair} split. */
public enum NaiveSplit {
    MSP_FIRST("all on the MSP pair (the LSP pair only for what it cannot hold)", MultiPair.Split.MOST_SIGNIFICANT_FIRST),
    LSP_FIRST("LSP pair first, MSP pair for the rest", MultiPair.Split.LEAST_SIGNIFICANT_FIRST),
    EQUAL("equal share of each pair's range", MultiPair.Split.PROPORTIONAL);

    private final String description;
    private final MultiPair.Split split;

    NaiveSplit(String description, MultiPair.Split split) {
        this.description = description;
        this.split = split;
    }

    public String description() { return description; }

    public MultiPair.Split split() { return split; }
}
