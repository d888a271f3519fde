package memcim.transfer.mcmc;

import memcim.core.InputException;

/**
 * How long and how many chains: {@code warmup} tuning iterations (discarded), then {@code draws} kept per chain,
 * every {@code thin}-th iteration; chains are seeded from {@code seed} in order, so the same seed gives the same
 * draws whatever the number of cores.
 */
public record McmcSettings(int chains, int warmup, int draws, int thin, long seed) {
    public McmcSettings {
        if (chains < 1 || chains > 64) throw new InputException("--chains", "1 to 64", String.valueOf(chains));
        if (warmup < 20 || warmup > 1_000_000) throw new InputException("--warmup", "20 to 1000000", String.valueOf(warmup));
        if (draws < 4 || draws > 1_000_000) throw new InputException("--samples", "4 to 1000000", String.valueOf(draws));
        if (thin < 1 || thin > 1000) throw new InputException("--thin", "1 to 1000", String.valueOf(thin));
    }
}
