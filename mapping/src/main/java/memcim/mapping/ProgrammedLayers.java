package memcim.mapping;

/**
 * What a chip's arrays are programmed with: for each network sample and layer, the conductances of that layer's
 * block as the array holds them (one row per input word line, the converter's cells per output side by side).
 * The co-simulation places these blocks on its arrays without knowing how the network was trained.
 */
public interface ProgrammedLayers {
    int samples();

    int layers();

    /** Siemens, rows × (outputs · cells per weight) of layer {@code layer} of sample {@code sample}. */
    double[][] arraySiemens(int sample, int layer);
}
