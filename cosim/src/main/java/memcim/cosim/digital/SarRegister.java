package memcim.cosim.digital;

/** The successive-approximation register, MSB first: keep the trial bit when the input is above the DAC. */
public final class SarRegister implements SarLogic {
    private final int bits;
    private int code;
    private int bit;

    public SarRegister(int bits) {
        this.bits = bits;
        this.bit = -1;
    }

    @Override
    public void start() {
        code = 0;
        bit = bits - 1;
    }

    @Override
    public int dacCode() { return bit >= 0 ? code | (1 << bit) : code; }

    @Override
    public void decide(boolean inputAboveDac) {
        if (bit < 0) return;
        if (inputAboveDac) code |= 1 << bit;
        bit--;
    }

    @Override
    public boolean done() { return bit < 0; }

    @Override
    public int code() { return code; }
}
