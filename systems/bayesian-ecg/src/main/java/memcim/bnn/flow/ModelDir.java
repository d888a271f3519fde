package memcim.bnn.flow;

import java.nio.file.Files;
import java.nio.file.Path;
import memcim.bnn.ModelFile;
import memcim.data.ecg.DatasetFiles;
import memcim.data.ecg.EcgDataset;
import memcim.core.AtomicFiles;
import memcim.device.DeviceCard;
import memcim.device.DevicePresets;

/**
 * A trained model directory in the layout {@code memcim train --out DIR} writes: {@code model.json} (bnn
 * ModelFile), {@code data/} (the data set) and {@code device-card.json} (else the card is the preset the model
 * names).
 */
public record ModelDir(ModelFile model, EcgDataset dataset, DeviceCard card) {
    public static final String DATA = "data";
    public static final String CARD = "device-card.json";

    public static ModelDir read(Path dir) {
        ModelFile m = ModelFile.read(dir);
        DeviceCard card;
        if (Files.exists(dir.resolve(CARD))) {
            card = m.matching(DeviceCard.load(dir.resolve(CARD)), dir.resolve(CARD).toString());
        } else if (DevicePresets.names().contains(m.deviceCard()) || Files.isRegularFile(dir.resolve(m.deviceCard()))) {
            card = DevicePresets.resolve(DevicePresets.names().contains(m.deviceCard()) ? m.deviceCard() : dir.resolve(m.deviceCard()).toString());
        } else {
            throw new memcim.core.InputException(dir.resolve(ModelFile.NAME) + ": deviceCard", "a device preset "
                    + DevicePresets.names() + " (or " + CARD + " beside the model)", memcim.core.ErrorLine.quote(m.deviceCard()));
        }
        return new ModelDir(m, DatasetFiles.read(dir.resolve(DATA)), card);
    }

    public void write(Path dir) {
        model.write(dir);
        DatasetFiles.write(dir.resolve(DATA), dataset);
        AtomicFiles.write(dir.resolve(CARD), card.toJson());
    }
}
