package memcim.bnn.flow;

import memcim.bnn.BayesianEnsemble;
import memcim.bnn.BayesianNetwork;
import memcim.bnn.DeviceMapping;
import memcim.bnn.ProgrammedNetwork;
import memcim.bnn.TrainingSettings;
import memcim.cosim.analog.CellElectrics;
import memcim.cosim.chip.ChipArrays;
import memcim.cosim.chip.DigitalCalibration;
import memcim.device.DeviceCard;
import memcim.device.DeviceModel;
import memcim.device.DevicePresets;
import memcim.device.FeasibleDomain;
import memcim.device.PairDomain;
import memcim.hdl.periphery.ChipDigital;
import memcim.hdl.periphery.PeripheryConfig;
import memcim.hdl.spec.ChipSpec;

/**
 * The programmed chip: the trained network mapped onto two-cell points of the device (γ by KL grid search),
 * M samples programmed by SET draws (bnn module), placed on the arrays, with the ADC full scale and the digital
 * scalings calibrated so the integer datapath computes the trained network. {@link #chip()} is the spec with the
 * calibrated ADC full scale and datapath scalings.
 */
public record ChipBuild(ChipSpec chip, DeviceCard card, BayesianEnsemble network, TrainingSettings settings,
                        DeviceMapping mapping, ProgrammedNetwork programmed, ChipArrays arrays,
                        DigitalCalibration calibration) {

    /** Maps the network onto the card's two-cell domain, then programs and calibrates. */
    public static ChipBuild of(ChipSpec requested, BayesianNetwork net, TrainingSettings settings) {
        DeviceCard card = DevicePresets.resolve(requested.deviceCard());
        FeasibleDomain domain = PairDomain.of(new DeviceModel(card), settings.conditionsPerCell());
        return of(requested, card, BayesianEnsemble.of(net), settings, DeviceMapping.map(net, domain));
    }

    /** A trained model as {@code memcim train} wrote it (its mapping and card). */
    public static ChipBuild of(ChipSpec requested, ModelDir model) {
        return of(requested, model.card(), model.model().ensemble(), model.model().settings(), model.model().mapping());
    }

    public static ChipBuild of(ChipSpec requested, DeviceCard card, BayesianEnsemble net, TrainingSettings settings,
                               DeviceMapping mapping) {
        ModelFit.check(net.shape(), requested);
        DeviceModel device = new DeviceModel(card);
        ProgrammedNetwork programmed = ProgrammedNetwork.program(net.shape(), mapping, device,
                requested.network().samples(), requested.seed(), requested.read().vReadVolts());
        ChipArrays arrays = ChipArrays.assemble(requested, programmed, card.offSiemens());
        DigitalCalibration cal = DigitalCalibration.of(requested, arrays, mapping.gammaSiemens(), settings.hiddenStep());
        return new ChipBuild(cal.apply(requested), card, net, settings, mapping, programmed, arrays, cal);
    }

    /** The digital periphery's parameters: the calibrated chip's. */
    public PeripheryConfig digitalConfig() { return chip.periphery(); }

    public CellElectrics cell() { return CellElectrics.of(card); }

    public ChipDigital digital() { return new ChipDigital(digitalConfig()); }
}
