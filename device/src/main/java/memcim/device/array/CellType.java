package memcim.device.array;

/** How a crossbar cell is built: a bare memristor, or a memristor behind an access transistor. */
public enum CellType {
    /** Memristor only: the cell connects the row node to the column node directly. */
    ONE_R,
    /**
     * Access transistor then memristor. In read mode the transistor is fully on and is modelled as a linear
     * series resistance ({@code accessOnOhms}) between the row node and the memristor.
     */
    ONE_T_ONE_R
}
