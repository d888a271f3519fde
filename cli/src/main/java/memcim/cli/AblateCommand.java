package memcim.cli;

import java.util.concurrent.Callable;
import memcim.bnn.TrainingSettings;
import memcim.bnn.flow.UncertaintyAblation;
import memcim.core.InputException;
import memcim.core.Json;
import memcim.data.ecg.EcgDataset;
import memcim.device.DevicePresets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code memcim ablate}: what the epistemic uncertainty is made of, on the validation split with a proxy unseen class. */
@Command(name = "ablate", mixinStandardHelpOptions = true,
        description = "What the epistemic uncertainty is made of, on the validation split only: a trained class (--proxy) is held "
                + "out of training and its validation beats play the unseen class. Trains and programs one network with the "
                + "published training, without the technological loss, with another prior, with another initial sigma, and "
                + "ensembles; prints accuracy, both AUROCs (software and programmed), the trained sigma against the device's "
                + "floor, and what the features themselves allow (nearest-neighbour AUROC).")
public final class AblateCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin DataCommand.EcgSource source;
    @Option(names = "--proxy", defaultValue = "V", paramLabel = "SYMBOL",
            description = "the trained class held out as the proxy unseen class (default ${DEFAULT-VALUE}, premature ventricular)")
    String proxy;
    @Option(names = "--device", defaultValue = "hfox-1t1r", paramLabel = "CARD",
            description = "device preset or card file (default ${DEFAULT-VALUE})")
    String device;
    @Bounds.Count(max = Bounds.EPOCHS)
    @Option(names = "--epochs", defaultValue = "100", description = "training epochs, 1 to " + Bounds.EPOCHS + " (default ${DEFAULT-VALUE})")
    int epochs;
    @Bounds.Count(min = 2, max = TrainingSettings.MAX_MEMBERS)
    @Option(names = "--members", defaultValue = "" + TrainingSettings.REAL_DATA_MEMBERS, paramLabel = "K",
            description = "networks of the ensemble variants, 2 to " + TrainingSettings.MAX_MEMBERS + " (default ${DEFAULT-VALUE})")
    int members;
    @Option(names = "--json", description = "print the study as JSON") boolean json;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (proxy.length() != 1) throw new InputException("--proxy", "one beat symbol, e.g. V", "'" + proxy + "'");
        var card = DevicePresets.resolve(device);
        EcgDataset d = source.load();
        TrainingSettings base = TrainingSettings.defaults(source.seed).withEpochs(epochs);
        var err = spec.commandLine().getErr();
        err.println("data: " + d.source() + "; classes " + d.classes().describe());
        var variants = UncertaintyAblation.defaults(members);
        int[] n = {0};
        UncertaintyAblation.Result r = UncertaintyAblation.run(d, proxy.charAt(0), card, base, variants,
                line -> err.printf("[%d/%d] %s%n", ++n[0], variants.size(), line));
        var out = spec.commandLine().getOut();
        out.print(json ? Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(r) + "\n" : UncertaintyAblation.describe(r));
        out.flush();
        return 0;
    }
}
