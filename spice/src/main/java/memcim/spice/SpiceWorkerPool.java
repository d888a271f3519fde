package memcim.spice;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * ngspice in child JVMs, for isolation and parallelism: ngspice is one global state per process,
 * and a segfault inside it kills its process. Each worker is a thread of this pool driving one child
 * ({@link SpiceWorkerMain}) over a line protocol on its stdin/stdout; jobs are {@link SpiceJob}s.
 *
 * <pre>{@code
 * try (SpiceWorkerPool pool = new SpiceWorkerPool(2)) {
 *     CompletableFuture<SpiceResult> f = pool.submit(SpiceJob.of(deck).withVectors("v(out)"));
 *     double[] out = f.join().realVector("v(out)");
 * }
 * }</pre>
 *
 * A worker that dies (ngspice crashed) or overruns the job timeout fails its job with a
 * {@link SpiceWorkerException} saying so (exit code, signal, last output), is reported to the
 * pool's reporter and replaced by a new process for the next job; other jobs carry on.
 */
public final class SpiceWorkerPool implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Task POISON = new Task(null, null);

    private record Task(WorkerProtocol.Request request, CompletableFuture<WorkerProtocol.Response> response) {}

    private final BlockingQueue<Task> queue = new LinkedBlockingQueue<>();
    private final List<Thread> threads = new ArrayList<>();
    private final List<String> command;
    private final Duration jobTimeout;
    private final Consumer<String> reporter;
    private final AtomicLong ids = new AtomicLong();
    private final AtomicInteger started = new AtomicInteger();
    private final AtomicInteger replaced = new AtomicInteger();
    private volatile boolean closed;

    /** {@code workers} child processes, 10 minutes per job, replacements reported on stderr. */
    public SpiceWorkerPool(int workers) {
        this(workers, Duration.ofMinutes(10), line -> System.err.println("memcim spice: " + line));
    }

    public SpiceWorkerPool(int workers, Duration jobTimeout, Consumer<String> reporter) {
        if (workers < 1) throw new SpiceException("a worker pool needs at least 1 worker, found " + workers);
        this.command = childCommand();
        this.jobTimeout = jobTimeout;
        this.reporter = reporter;
        for (int i = 0; i < workers; i++) {
            Thread t = new Thread(this::work, "spice-worker-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    /** Queues a job; the future completes with its result or fails with the job's (typed) exception. */
    public CompletableFuture<SpiceResult> submit(SpiceJob job) {
        return send(new WorkerProtocol.Request(ids.incrementAndGet(), job, null)).thenApply(WorkerProtocol.Response::result);
    }

    /**
     * Queues a deck to run as {@code ngspice -b} does ({@link NgSpice#runBatch} in a worker): a deck
     * that crashes ngspice fails with a {@link SpiceCrashException}, and the next job gets a new worker.
     */
    public CompletableFuture<BatchResult> submitBatch(BatchJob job) {
        return send(new WorkerProtocol.Request(ids.incrementAndGet(), null, job)).thenApply(WorkerProtocol.Response::batch);
    }

    private CompletableFuture<WorkerProtocol.Response> send(WorkerProtocol.Request request) {
        if (closed) throw new SpiceException("worker pool is closed");
        CompletableFuture<WorkerProtocol.Response> f = new CompletableFuture<>();
        queue.add(new Task(request, f));
        return f;
    }

    /** The job's own time limit if it has one ({@link BatchJob#withTimeLimit}), else the pool's job timeout. */
    private Duration timeLimit(WorkerProtocol.Request request) {
        if (request.batch() != null && request.batch().timeLimitMillis() > 0) return Duration.ofMillis(request.batch().timeLimitMillis());
        return jobTimeout;
    }

    /** How many child processes were started so far (workers plus replacements). */
    public int processesStarted() { return started.get(); }

    /** How many workers died or timed out and were replaced. */
    public int workersReplaced() { return replaced.get(); }

    private void work() {
        WorkerProcess process = null;
        try {
            while (true) {
                Task task;
                try {
                    task = queue.take();
                } catch (InterruptedException e) {
                    return;
                }
                if (task == POISON) return;
                try {
                    if (process == null || !process.isAlive()) {
                        process = WorkerProcess.start(command, START_TIMEOUT);
                        started.incrementAndGet();
                    }
                    task.response().complete(process.run(task.request(), timeLimit(task.request())));
                } catch (SpiceWorkerException e) {
                    if (process != null && !process.isAlive()) {
                        replaced.incrementAndGet();
                        reporter.accept("worker process " + process.pid() + " lost, a new one takes its place: " + e.getMessage());
                        process = null; // the next job starts a fresh process
                    }
                    task.response().completeExceptionally(e);
                } catch (RuntimeException e) {
                    task.response().completeExceptionally(e);
                }
            }
        } finally {
            if (process != null) process.close();
        }
    }

    /** Lets queued jobs finish, then ends the workers and their processes. */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        for (int i = 0; i < threads.size(); i++) queue.add(POISON);
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The command line of a child: this JVM's java, this JVM's classpath, the worker main class. */
    static List<String> childCommand() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xss4m", "-Djna.nosys=true",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:-CreateCoredumpOnCrash",
                "-D" + NativeSession.DATA_CALLBACKS_PROPERTY + "=false",
                "-XX:ErrorFile=" + Path.of(System.getProperty("java.io.tmpdir"), "memcim-spice-worker-hs_err_%p.log")));
        String lib = System.getProperty(LibraryLocator.PROPERTY);
        if (lib != null) cmd.add("-D" + LibraryLocator.PROPERTY + "=" + lib);
        cmd.add("-cp");
        cmd.add(classPath());
        cmd.add(SpiceWorkerMain.class.getName());
        return cmd;
    }

    /**
     * This JVM's classpath. Under Maven Surefire it can be a manifest-only booter jar (this module's
     * pom turns that off, but other modules' tests may use the pool): then surefire's own property
     * has the real one.
     */
    static String classPath() {
        String cp = System.getProperty("java.class.path", "");
        String surefire = System.getProperty("surefire.test.class.path");
        boolean booterOnly = !cp.contains(File.pathSeparator) && Path.of(cp).getFileName() != null
                && Path.of(cp).getFileName().toString().startsWith("surefirebooter");
        if (booterOnly && surefire != null && !surefire.isBlank()) cp = surefire;
        if (cp.isBlank() || !Files.exists(Path.of(cp.split(File.pathSeparator)[0]))) {
            throw new SpiceException("cannot start worker processes: no usable java.class.path ('" + cp + "')");
        }
        // Children run in the temporary folder: "java -jar cli/target/memcim.jar" gives a relative path.
        List<String> absolute = new ArrayList<>();
        for (String entry : cp.split(File.pathSeparator)) {
            if (!entry.isEmpty()) absolute.add(Path.of(entry).toAbsolutePath().toString());
        }
        return String.join(File.pathSeparator, absolute);
    }
}
