package memcim.hdl.sim;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The compiled engine: a {@link Program} turned into straight-line Java (one statement per operation, slots and
 * masks as literals, split into methods small enough for the JIT), compiled in memory with the JDK's javac and
 * loaded. The class only uses JDK types, so it needs no class path. Compiling costs about a second, so it pays
 * off for long runs (co-simulation, benchmarks); the interpreter needs no compiler.
 */
final class JavaKernel {
    private static final int OPS_PER_METHOD = 150;
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private JavaKernel() {}

    /** True when this JVM has a Java compiler (a JDK, not a bare JRE). */
    static boolean available() { return ToolProvider.getSystemJavaCompiler() != null; }

    /** Kernels by source body: simulators of the same design share one class (compiled once, JIT-warmed once). */
    private static final Map<String, Class<?>> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    static BiConsumer<long[], long[][]> compile(Program p) {
        String body = source("K", p);
        Class<?> type = CACHE.computeIfAbsent(body, b -> define(p));
        try {
            return (BiConsumer<long[], long[][]>) type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot instantiate the simulation kernel", e);
        }
    }

    private static Class<?> define(Program p) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) throw new IllegalStateException("the compiled simulator needs a JDK (no Java compiler in this JVM)");
        String name = "MemcimKernel" + COUNTER.incrementAndGet();
        String source = source(name, p);
        Map<String, ByteArrayOutputStream> out = new HashMap<>();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager std = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8);
        JavaFileManager files = new ForwardingJavaFileManager<>(std) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className + kind.extension), kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        ByteArrayOutputStream b = new ByteArrayOutputStream();
                        out.put(className, b);
                        return b;
                    }
                };
            }
        };
        JavaFileObject unit = new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) { return source; }
        };
        Boolean ok = javac.getTask(null, files, diagnostics, List.of("-g:none", "-nowarn"), null, List.of(unit)).call();
        if (!Boolean.TRUE.equals(ok)) {
            StringBuilder b = new StringBuilder("cannot compile the simulation kernel:");
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) b.append('\n').append(d);
            throw new IllegalStateException(b.toString());
        }
        ClassLoader loader = new ClassLoader(JavaKernel.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String n) throws ClassNotFoundException {
                ByteArrayOutputStream b = out.get(n);
                if (b == null) throw new ClassNotFoundException(n);
                byte[] bytes = b.toByteArray();
                return defineClass(n, bytes, 0, bytes.length);
            }
        };
        try {
            return loader.loadClass(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot load the simulation kernel", e);
        }
    }

    static String source(String name, Program p) {
        StringBuilder b = new StringBuilder(64 * p.n + 256);
        b.append("public final class ").append(name).append(" implements java.util.function.BiConsumer<long[], long[][]> {\n");
        int methods = (p.n + OPS_PER_METHOD - 1) / OPS_PER_METHOD;
        b.append("  public void accept(long[] v, long[][] m) {\n");
        for (int k = 0; k < methods; k++) b.append("    p").append(k).append("(v, m);\n");
        b.append("  }\n");
        for (int k = 0; k < methods; k++) {
            b.append("  private static void p").append(k).append("(long[] v, long[][] m) {\n");
            for (int i = k * OPS_PER_METHOD; i < Math.min(p.n, (k + 1) * OPS_PER_METHOD); i++) {
                b.append("    v[").append(p.dst[i]).append("] = ").append(expression(p, i)).append(";\n");
            }
            b.append("  }\n");
        }
        return b.append("}\n").toString();
    }

    private static String expression(Program p, int i) {
        String x = "v[" + p.a[i] + "]";
        String y = "v[" + p.b[i] + "]";
        String z = "v[" + p.c[i] + "]";
        String m = p.mask[i] + "L";
        int k = p.k[i];
        return switch (p.code[i]) {
            case Program.NOT -> "~" + x + " & " + m;
            case Program.NEG -> "-" + x + " & " + m;
            case Program.AND_R -> "(" + x + " == " + p.imm[i] + "L ? 1L : 0L)";
            case Program.OR_R -> "(" + x + " != 0L ? 1L : 0L)";
            case Program.XOR_R -> "(long) (Long.bitCount(" + x + ") & 1)";
            case Program.ADD -> "(" + x + " + " + y + ") & " + m;
            case Program.SUB -> "(" + x + " - " + y + ") & " + m;
            case Program.MUL -> "(" + x + " * " + y + ") & " + m;
            case Program.AND -> x + " & " + y;
            case Program.OR -> x + " | " + y;
            case Program.XOR -> x + " ^ " + y;
            case Program.EQ -> "(" + x + " == " + y + " ? 1L : 0L)";
            case Program.NE -> "(" + x + " != " + y + " ? 1L : 0L)";
            case Program.LTU -> "(Long.compareUnsigned(" + x + ", " + y + ") < 0 ? 1L : 0L)";
            case Program.LEU -> "(Long.compareUnsigned(" + x + ", " + y + ") <= 0 ? 1L : 0L)";
            case Program.GTU -> "(Long.compareUnsigned(" + x + ", " + y + ") > 0 ? 1L : 0L)";
            case Program.GEU -> "(Long.compareUnsigned(" + x + ", " + y + ") >= 0 ? 1L : 0L)";
            case Program.LTS -> "((" + x + " << " + k + ") < (" + y + " << " + k + ") ? 1L : 0L)";
            case Program.LES -> "((" + x + " << " + k + ") <= (" + y + " << " + k + ") ? 1L : 0L)";
            case Program.GTS -> "((" + x + " << " + k + ") > (" + y + " << " + k + ") ? 1L : 0L)";
            case Program.GES -> "((" + x + " << " + k + ") >= (" + y + " << " + k + ") ? 1L : 0L)";
            case Program.SHL -> "(" + x + " << " + k + ") & " + m;
            case Program.SHR -> x + " >>> " + k;
            case Program.SRA -> "((" + x + " << " + p.c[i] + ") >> " + (p.c[i] + k) + ") & " + m;
            case Program.SHLV -> "(" + y + " >= 64L ? 0L : (" + x + " << " + y + ") & " + m + ")";
            case Program.SHRV -> "(" + y + " >= 64L ? 0L : " + x + " >>> " + y + ")";
            case Program.MUX -> "(" + x + " != 0L ? " + y + " : " + z + ")";
            case Program.CAT2 -> "(" + x + " << " + k + ") | " + y;
            case Program.SLICE -> "(" + x + " >>> " + k + ") & " + m;
            case Program.SEXT -> "((" + x + " << " + k + ") >> " + k + ") & " + m;
            case Program.REPEAT -> "(" + x + " * " + p.imm[i] + "L) & " + m;
            case Program.MEMREAD -> "m[" + k + "][(int) " + x + "]";
            default -> throw new IllegalStateException("opcode " + p.code[i]);
        };
    }
}
