package memcim.bnn.flow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import memcim.core.AtomicFiles;
import memcim.cosim.analog.ChipDeck;
import memcim.hdl.verilog.VerilogEmitter;

/**
 * The chip's generated files: the digital periphery's Verilog ({@code verilog/}) and one SPICE deck per array
 * ({@code spice/}, operating-point form, the form transaction mode loads), plus the lock-step deck of array 0.
 */
public record ChipFiles(List<Path> verilog, List<Path> spice) {
    public static ChipFiles write(ChipBuild b, Path out) {
        List<Path> verilog = VerilogEmitter.write(b.digital(), out.resolve("verilog"));
        return new ChipFiles(verilog, writeSpice(b, out.resolve("spice")));
    }

    public static List<Path> writeSpice(ChipBuild b, Path dir) {
        List<Path> spice = new ArrayList<>();
        for (int a = 0; a < b.arrays().count(); a++) {
            Path f = dir.resolve(b.arrays().name(a) + ".cir");
            AtomicFiles.write(f, ChipDeck.build(b.chip(), b.arrays().conductanceSiemens(a), b.cell(),
                    ChipDeck.Drive.OPERATING_POINT, 0, b.arrays().name(a)).text());
            spice.add(f);
        }
        Path lock = dir.resolve(b.arrays().name(0) + "-lockstep.cir");
        AtomicFiles.write(lock, ChipDeck.build(b.chip(), b.arrays().conductanceSiemens(0), b.cell(),
                ChipDeck.Drive.LOCKSTEP, 1e-6, b.arrays().name(0) + "-lockstep").text());
        spice.add(lock);
        return spice;
    }
}
