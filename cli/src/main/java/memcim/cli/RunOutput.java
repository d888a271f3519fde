package memcim.cli;

import java.nio.file.Path;
import memcim.core.Json;
import memcim.report.ReportWriter;

/** How a command that writes a report ends: its figures as JSON with {@code --json}, else the summary and where the report is. */
final class RunOutput {
    private RunOutput() {}

    static int print(picocli.CommandLine.Model.CommandSpec spec, boolean json, Object result, String summary, Path out) {
        var stdout = spec.commandLine().getOut();
        if (json) {
            stdout.print(Json.write(result));
        } else {
            stdout.print(summary);
            stdout.println("report: " + out.resolve(ReportWriter.HTML_FILE));
        }
        stdout.flush();
        return 0;
    }
}
