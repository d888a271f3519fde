package memcim.bnn.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import memcim.core.InputException;
import memcim.core.Json;
import memcim.cosim.energy.TechConstant;
import memcim.cosim.energy.TechnologyTable;
import memcim.device.DevicePresets;
import memcim.hdl.spec.ChipSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A chip spec file's cross-references resolve (issue 17): the device card and the technology table it names. */
class ChipSpecFilesTest {
    @TempDir Path dir;

    private Path spec(String deviceCard, String technology) throws Exception {
        String text = Json.write(ChipSpec.reference())
                .replace("\"deviceCard\" : \"hfox-1t1r\"", "\"deviceCard\" : " + Json.mapper().writeValueAsString(deviceCard))
                .replace("\"technology\" : \"cmos130\"", "\"technology\" : " + Json.mapper().writeValueAsString(technology));
        return Files.writeString(dir.resolve("chip.json"), text);
    }

    @Test
    void presetsAndFilesThatLoadResolve() throws Exception {
        assertEquals("pcm", ChipSpecFiles.load(spec("pcm", "cmos130")).deviceCard());
        Path card = Files.writeString(dir.resolve("card.json"), DevicePresets.load("pcm").toJson());
        Path tech = dir.resolve("tech.json");
        Json.writeFile(tech, TechnologyTable.cmos130());
        assertEquals(card.toString(), ChipSpecFiles.load(spec(card.toString(), tech.toString())).deviceCard());
    }

    @Test
    void aDeviceCardThatNamesNothingIsAnError() throws Exception {
        Path f = spec("hfox-1t1", "cmos130");
        InputException e = assertThrows(InputException.class, () -> ChipSpecFiles.load(f));
        assertEquals(f + ": deviceCard", e.where());
        assertTrue(e.found().contains("'hfox-1t1'"), e.found());
    }

    @Test
    void aTechnologyThatNamesNothingIsAnError() throws Exception {
        Path f = spec("hfox-1t1r", dir.resolve("none.json").toString());
        assertEquals(f + ": technology", assertThrows(InputException.class, () -> ChipSpecFiles.load(f)).where());
        Path g = spec("hfox-1t1r", "cmos65");
        assertEquals(g + ": technology", assertThrows(InputException.class, () -> ChipSpecFiles.load(g)).where());
    }

    @Test
    void aTableWithANegativeConstantIsRefused() throws Exception {
        Path tech = dir.resolve("tech.json");
        var constants = new java.util.ArrayList<>(TechnologyTable.cmos130().constants());
        constants.set(2, new TechConstant(constants.get(2).name(), -1e-15, "J", "a sign slip"));
        Json.writeFile(tech, new TechnologyTable("mine", constants));
        InputException e = assertThrows(InputException.class, () -> TechnologyTable.load(tech));
        assertEquals(tech + ": constants[2].value", e.where());
    }
}
