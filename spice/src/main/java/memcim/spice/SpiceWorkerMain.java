package memcim.spice;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import memcim.core.Json;

/**
 * The child side of {@link SpiceWorkerPool}: reads one {@link WorkerProtocol.Request} per line on
 * standard input, runs it on this process's own {@link NgSpice}, writes one response line. Ends at
 * end of input. A crash inside ngspice ends the process; the pool sees that and replaces it.
 */
public final class SpiceWorkerMain {
    private SpiceWorkerMain() {}

    public static void main(String[] args) throws IOException {
        // Replies go to the real stdout; anything else Java code prints goes to stderr.
        PrintStream replies = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        System.setOut(System.err);
        NgSpice ng;
        try {
            ng = NgSpice.shared();
        } catch (SpiceException e) {
            replies.println(WorkerProtocol.encode(new WorkerProtocol.Response(-1, null, null, WorkerProtocol.Failure.of(e))));
            replies.flush();
            System.exit(3);
            return;
        }
        replies.println(WorkerProtocol.READY + " " + ng.version());
        replies.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        boolean used = false;
        for (String line; (line = in.readLine()) != null; ) {
            if (line.isBlank()) continue;
            WorkerProtocol.Request request = Json.mapper().readValue(line, WorkerProtocol.Request.class);
            WorkerProtocol.Response response;
            try {
                // A batch deck runs as in a new ngspice -b process: some models keep global state between decks.
                if (request.batch() != null && used) ng.restartEngine();
                used = true;
                response = request.job() != null
                        ? new WorkerProtocol.Response(request.id(), JobRunner.run(ng, request.job()), null, null)
                        : new WorkerProtocol.Response(request.id(), null, BatchRunner.run(ng, request.batch()), null);
            } catch (RuntimeException e) {
                response = new WorkerProtocol.Response(request.id(), null, null, WorkerProtocol.Failure.of(e));
            }
            replies.println(WorkerProtocol.encode(response));
            replies.flush();
        }
    }
}
