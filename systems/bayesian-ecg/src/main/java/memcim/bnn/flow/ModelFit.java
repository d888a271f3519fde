package memcim.bnn.flow;

import memcim.core.InputException;
import memcim.hdl.spec.ChipSpec;
import memcim.networks.NetworkShape;

/**
 * Whether a trained network fits a chip spec: the chip's controller reads two weight layers (inputs → hidden →
 * outputs) of the widths and bit widths its spec names, so a model of another shape is refused with the limit it
 * breaks rather than mis-read.
 */
final class ModelFit {
    private ModelFit() {}

    static void check(NetworkShape model, ChipSpec chip) {
        var n = chip.network();
        String spec = "chip " + chip.name() + " (network " + n.inputs() + "→" + n.hidden() + "→" + n.outputs() + ")";
        if (model.layers() != 2)
            throw new InputException("model shape " + model.describe(), "2 weight layers, which the controller of "
                    + spec + " reads", model.layers() + " weight layers");
        limit(model, "inputs", model.inputs(), n.inputs(), spec);
        limit(model, "hidden", model.width(1), n.hidden(), spec);
        limit(model, "outputs", model.outputs(), n.outputs(), spec);
        // the chip's one activation width serves inputs and hidden codes alike
        limit(model, "activationBits", model.inputBits(), n.activationBits(), spec);
        limit(model, "activationBits", model.hiddenBits(), n.activationBits(), spec);
    }

    private static void limit(NetworkShape model, String name, int modelValue, int chipValue, String spec) {
        if (modelValue != chipValue)
            throw new InputException("model shape " + model.describe(), name + " = " + chipValue + " as network."
                    + name + " of " + spec + " (give a chip spec with network." + name + " " + modelValue + ")",
                    name + " = " + modelValue);
    }
}
