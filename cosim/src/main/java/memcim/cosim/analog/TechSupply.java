package memcim.cosim.analog;

import memcim.cosim.config.ChipConfig;
import memcim.cosim.energy.TechnologyTable;

/** The digital supply of the chip's technology (comparator output swing, driver supply). */
final class TechSupply {
    private TechSupply() {}

    static double volts(ChipConfig chip) {
        return TechnologyTable.named(chip.technology()).get("supplyVolts");
    }
}
