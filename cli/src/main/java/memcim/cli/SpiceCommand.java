package memcim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import memcim.core.AtomicFiles;
import memcim.core.ErrorLine;
import memcim.core.InputException;
import memcim.core.OutputTarget;
import memcim.spice.BatchJob;
import memcim.spice.BatchResult;
import memcim.spice.NgSpice;
import memcim.spice.RawWriter;
import memcim.spice.SpiceCrashException;
import memcim.spice.SpiceDeckException;
import memcim.spice.SpiceTimeLimitException;
import memcim.spice.SpiceException;
import memcim.spice.SpiceParseException;
import memcim.spice.SpiceRunException;
import memcim.spice.SpiceWorkerException;
import memcim.spice.SpiceWorkerPool;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code memcim spice DECK.cir}: runs a deck as {@code ngspice -b} does, in an isolated worker
 * process by default, and prints every plot (or writes ngspice raw files).
 */
@Command(name = "spice", mixinStandardHelpOptions = true,
        description = {"Run a SPICE deck as ngspice -b does (control block, quit, every analysis) and print every plot.",
                "The deck runs in an isolated worker process: a deck that crashes ngspice ends with one error line, exit code 3.",
                "Exit code: 0, or the status of the deck's own quit; 2 for a deck memcim or ngspice rejects, an error line of ngspice"
                        + " during the run, or a deck over --time-limit; 3 when ngspice crashed."})
public final class SpiceCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DECK.cir", description = "the deck (title line first); any byte encoding")
    Path deck;

    @Option(names = "--vec", paramLabel = "NAME",
            description = "a vector to print, as raw files name it (v(out), i(v1)) or bare (out, v1#branch); repeatable; default: all")
    List<String> vectors = new ArrayList<>();

    @Option(names = "--json", description = "print {\"version\": 2, \"plots\": [{\"name\", \"type\", \"scale\", \"vectors\"}], \"measures\", \"output\", ...}")
    boolean json;

    @Option(names = "--raw", paramLabel = "FILE", description = "also write every plot to FILE as an ngspice raw file")
    Path raw;

    @Bounds.Only(with = "--raw", why = "it is the format of the --raw file")
    @Option(names = "--raw-format", paramLabel = "binary|ascii", defaultValue = "binary",
            description = "format of --raw, only with --raw (default ${DEFAULT-VALUE}, as ngspice -r)")
    RawWriter.Format rawFormat;

    @Option(names = "--in-process", description = "run in this JVM's ngspice instead of an isolated worker (a crash then ends memcim)")
    boolean inProcess;

    @Option(names = "--time-limit", paramLabel = "DURATION", defaultValue = "10m", converter = TimeLimit.class,
            description = {"stop a deck that runs longer (a .control 'while 1' loop, a slow analysis): its worker is killed,"
                    + " one error line, exit code 2; 60s, 500ms, 2m or seconds (default ${DEFAULT-VALUE})"})
    Duration timeLimit;

    /** The option's earlier name, {@code --timeout SECONDS}: still accepted, no longer listed. */
    @Option(names = "--timeout", hidden = true, paramLabel = "SECONDS", converter = TimeLimit.class)
    Duration timeout;

    @Option(names = "--untrusted", description = {"the deck is someone else's: its .control block may only simulate and print"
            + " (no shell, source, cd, codemodel, alias, back-quotes, redirections; write only to a plain file name here);"
            + " includes only from the deck's folder. Default: trusted, as ngspice -b runs decks"})
    boolean untrusted;

    @Option(names = "--ngspice-output", description = "print everything ngspice printed to stderr")
    boolean echo;

    @Option(names = "--info", description = "print the ngspice library in use, its version and which optional entry points it has")
    boolean info;

    @Override
    public Integer call() {
        if (info) return printInfo();
        if (deck == null) throw new InputException("DECK.cir", "a deck file (or --info)", "nothing");
        if (timeout != null) {
            if (spec.commandLine().getParseResult().hasMatchedOption("--time-limit")) {
                throw new InputException("--timeout", "--time-limit or its old name --timeout, once", "both");
            }
            timeLimit = timeout;
        }
        TimeLimit.check(timeout != null ? "--timeout" : "--time-limit", timeLimit);
        boolean limitGiven = spec.commandLine().getParseResult().hasMatchedOption("--time-limit")
                || spec.commandLine().getParseResult().hasMatchedOption("--timeout");
        if (inProcess && untrusted) {
            throw new InputException("--in-process", "an untrusted deck in the isolated worker (time limit, crash isolation)",
                    "--in-process with --untrusted");
        }
        if (inProcess && limitGiven) {
            throw new InputException("--in-process", "no --time-limit: ngspice in this JVM cannot be stopped, only a worker can",
                    "--in-process with --time-limit");
        }
        if (raw != null) OutputTarget.file(raw, "--raw");
        BatchJob job = BatchJob.ofFile(deck).withTimeLimit(timeLimit);
        if (untrusted) job = job.asUntrusted();
        if (inProcess) job = job.inThisProcess();
        try {
            job = job.screened(); // before anything reaches ngspice: includes, continuation lines, untrusted commands
        } catch (SpiceDeckException e) {
            throw new InputException(e.where(), e.expected(), e.found());
        }
        if (job.elementCards() == 0) {
            throw new InputException(deck.toString(), "a circuit (at least one element card: R, C, V, X, ...)",
                    "none (the results of a deck without a circuit are not a simulation)");
        }
        PrintWriter err = spec.commandLine().getErr();
        BatchResult result;
        try {
            result = inProcess ? NgSpice.shared().runBatch(job) : runIsolated(job);
        } catch (SpiceCrashException e) {
            return crash(err, e.getMessage());
        } catch (SpiceTimeLimitException e) {
            throw new InputException(deck.toString(), "a deck that ends within the time limit (--time-limit " + TimeLimit.text(timeLimit) + ")",
                    "it still running after " + TimeLimit.text(timeLimit) + "; its worker was killed");
        } catch (SpiceParseException e) {
            String where = e.line() > 0 ? job.origin(e.line()).replace(job.source() + ":", deck + ":") : deck.toString();
            if (e.line() > 0 && !job.origin(e.line()).startsWith(job.source() + ":")) where = job.origin(e.line());
            List<String> said = e.ngspiceMessages().stream().map(String::strip).filter(l -> !l.isEmpty()).limit(4).toList();
            String ngspice = said.isEmpty() ? e.getMessage() : "ngspice: " + String.join(" | ", said);
            String found = e.card().isEmpty() ? ngspice : "'" + e.card() + "' (" + ngspice + ")";
            throw new InputException(where, "a card ngspice accepts", found);
        } catch (SpiceWorkerException e) {
            return crash(err, e.getMessage());
        } catch (SpiceRunException e) {
            throw new InputException(deck.toString(), "a deck that simulates", e.getMessage().replace(" [in worker process]", ""));
        }
        if (!result.errors().isEmpty()) {
            int more = result.errors().size() - 1;
            throw new InputException(deck.toString(), "a deck whose commands ngspice runs without an error",
                    "ngspice's '" + result.errors().get(0) + "'" + (more > 0 ? " and " + more + " more error line" + (more > 1 ? "s" : "") : ""));
        }
        if (echo) result.output().forEach(err::println);
        for (String w : result.warnings()) err.println(spec.qualifiedName() + ": " + w);
        err.flush();

        List<String> unknown = SpiceListing.unknownVectors(result.plots(), vectors);
        if (!unknown.isEmpty()) {
            throw new InputException("--vec", "a vector of a plot " + SpiceListing.names(result.plots()), ErrorLine.quote(unknown.get(0)));
        }
        if (raw != null) AtomicFiles.write(raw, RawWriter.write(SpiceListing.select(result.plots(), vectors), rawFormat));
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? SpiceListing.json(deck.getFileName().toString(), result, vectors) : SpiceListing.table(result, vectors));
        out.flush();
        return result.quitStatus() == null ? 0 : result.quitStatus();
    }

    private BatchResult runIsolated(BatchJob job) {
        List<String> lost = new ArrayList<>(); // the crash is reported once, by the exception
        try (SpiceWorkerPool pool = new SpiceWorkerPool(1, timeLimit, lost::add)) {
            return pool.submitBatch(job).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof SpiceException s) throw s;
            throw e;
        }
    }

    /** ngspice took its worker down: one line, exit code 3; the JVM and the user's folders are untouched. */
    private int crash(PrintWriter err, String message) {
        err.println(ErrorLine.input(spec.qualifiedName(), new InputException(deck.toString(), "a deck ngspice runs without crashing",
                message.replace(" [in worker process]", ""))));
        err.flush();
        return Main.CRASH;
    }

    private int printInfo() {
        NgSpice ng = NgSpice.shared();
        List<String> present = ng.optionalEntryPoints();
        List<String> absent = new ArrayList<>(NgSpice.OPTIONAL_ENTRY_POINTS);
        absent.removeAll(present);
        PrintWriter out = spec.commandLine().getOut();
        out.println("library: " + ng.libraryFile());
        out.println("version: " + ng.version());
        out.println("optional entry points present: " + String.join(" ", present));
        out.println("optional entry points absent: " + String.join(" ", absent));
        out.flush();
        return 0;
    }
}
