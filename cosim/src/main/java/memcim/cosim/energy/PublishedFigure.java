package memcim.cosim.energy;

import java.util.List;

/** Energy per inference published for the same network on other platforms (Bonnet et al., Nat Commun 2023). */
public record PublishedFigure(String label, double joules, String note) {
    public static final PublishedFigure MAC_LOW = new PublishedFigure("published MAC (low)", 0.7e-9,
            "2,624 ops x energy/op of industrial in-memory platforms, MAC only");
    public static final PublishedFigure MAC_HIGH = new PublishedFigure("published MAC (high)", 2.5e-9,
            "2,624 ops x energy/op of industrial in-memory platforms, MAC only");
    public static final List<PublishedFigure> ALL = List.of(
            new PublishedFigure("STM32F746 (MCU)", 170e-6, "Cortex-M7, 90 nm, measured, 10 samples"),
            new PublishedFigure("Jetson Nano GPU x1", 80e-6, "GPU only, single input"),
            new PublishedFigure("Jetson Nano GPU x100", 9e-6, "GPU only, per input in a batch of 100"));
}
