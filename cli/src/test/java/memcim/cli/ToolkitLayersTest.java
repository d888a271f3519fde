package memcim.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository's one layering rule: a toolkit module never imports a system module. Every system module sits
 * in {@code systems/}; its packages are read from its sources, and no toolkit source (main or test) may import
 * them, nor any toolkit pom depend on a system artifact.
 */
class ToolkitLayersTest {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final List<String> TOOLKIT = List.of("core", "templates", "hdl", "device", "spice", "netlist", "data",
            "networks", "mapping", "report", "cosim");

    static List<Path> javaFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".java") && !p.toString().contains("/target/")).toList();
        }
    }

    static List<String> systemPackages() throws IOException {
        List<String> packages = new ArrayList<>();
        Pattern pkg = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
        try (Stream<Path> systems = Files.list(ROOT.resolve("systems"))) {
            for (Path system : systems.filter(Files::isDirectory).toList()) {
                for (Path f : javaFiles(system.resolve("src/main/java"))) {
                    Matcher m = pkg.matcher(Files.readString(f));
                    if (m.find() && !packages.contains(m.group(1))) packages.add(m.group(1));
                }
            }
        }
        return packages;
    }

    @Test
    void theModulesAreTheToolkitLayersAndTheSystemsAboveThem() throws IOException {
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        for (String module : TOOLKIT) assertTrue(pom.contains("<module>" + module + "</module>"), module);
        assertTrue(pom.contains("<module>systems/bayesian-ecg</module>"));
        assertTrue(pom.contains("<module>systems/exsitu-transfer</module>"));
        assertTrue(pom.contains("<module>systems/weight-programming</module>"));
        assertTrue(pom.contains("<module>systems/kinetics</module>"));
        assertTrue(pom.contains("<module>systems/sign-backprop</module>"));
    }

    @Test
    void noToolkitSourceImportsASystemPackage() throws IOException {
        List<String> systems = systemPackages();
        assertTrue(systems.contains("memcim.bnn") && systems.contains("memcim.bnn.flow"), systems.toString());
        List<String> violations = new ArrayList<>();
        for (String module : TOOLKIT) {
            for (Path f : javaFiles(ROOT.resolve(module).resolve("src"))) {
                for (String line : Files.readAllLines(f)) {
                    if (!line.startsWith("import ")) continue;
                    String imported = line.replaceFirst("^import (static )?", "").replaceFirst(";.*", "");
                    for (String p : systems) {
                        if (imported.startsWith(p + ".") && imported.substring(p.length() + 1).matches("[A-Z*].*")) {
                            violations.add(ROOT.relativize(f) + ": " + line);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void noToolkitPomDependsOnASystemArtifact() throws IOException {
        for (String module : TOOLKIT) {
            String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"));
            assertFalse(pom.contains("memcim-bayesian-ecg") || pom.contains("memcim-exsitu-transfer")
                    || pom.contains("memcim-weight-programming") || pom.contains("memcim-kinetics")
                    || pom.contains("memcim-sign-backprop"), module);
        }
    }
}
