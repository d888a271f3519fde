package memcim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import memcim.core.ErrorLine;
import memcim.core.InputException;
import memcim.core.InputFiles;
import memcim.core.Json;
import memcim.spice.RawReader;
import memcim.spice.SpicePlot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code memcim raw FILE}: reads any ngspice raw file (ASCII or binary, several plots) and prints it. */
@Command(name = "raw", mixinStandardHelpOptions = true,
        description = "Read an ngspice raw file (ngspice -r, write, memcim spice --raw; ASCII or binary) and print its plots.")
public final class RawCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the raw file")
    Path file;

    @Option(names = "--vec", paramLabel = "NAME", description = "a vector to print (repeatable; default: all)")
    List<String> vectors = new ArrayList<>();

    @Option(names = "--json", description = "print {\"version\": 2, \"file\", \"plots\": [{\"name\", \"type\", \"scale\", \"vectors\"}]}")
    boolean json;

    @Override
    public Integer call() {
        List<SpicePlot> plots = RawReader.read(InputFiles.bytes(file), file.toString());
        List<String> unknown = SpiceListing.unknownVectors(plots, vectors);
        if (!unknown.isEmpty()) {
            throw new InputException("--vec", "a vector of a plot " + SpiceListing.names(plots), ErrorLine.quote(unknown.get(0)));
        }
        List<SpicePlot> shown = SpiceListing.select(plots, vectors);
        String text;
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("version", SpiceListing.JSON_VERSION);
            doc.put("file", file.getFileName().toString());
            doc.put("plots", SpiceListing.plotsJson(shown));
            text = Json.write(doc);
        } else {
            text = SpiceListing.table(shown);
        }
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
