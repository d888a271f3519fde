package memcim.templates;

import java.io.StringWriter;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.exception.MethodInvocationException;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * Renders the Velocity templates packaged in this module (under {@code memcim/templates/}). Strict
 * reference mode is on: a template that names a value the caller did not supply fails loudly rather
 * than emitting "$name" into a netlist or testbench.
 */
public final class Templates {
    private static final VelocityEngine ENGINE = createEngine();

    private Templates() {}

    private static VelocityEngine createEngine() {
        Properties p = new Properties();
        p.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
        p.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        p.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        p.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        p.setProperty(RuntimeConstants.SPACE_GOBBLING, "lines");
        VelocityEngine engine = new VelocityEngine(p);
        engine.init();
        return engine;
    }

    /**
     * Renders {@code memcim/templates/<name>} (for example {@code "spice/crossbar.cir.vm"}) with the
     * given values.
     */
    public static String render(String name, Map<String, ?> values) {
        Template template;
        try {
            template = ENGINE.getTemplate("memcim/templates/" + name, "UTF-8");
        } catch (ResourceNotFoundException e) {
            throw new IllegalArgumentException("no template memcim/templates/" + name + " on the class path", e);
        }
        VelocityContext context = new VelocityContext();
        values.forEach(context::put);
        StringWriter out = new StringWriter();
        try {
            template.merge(context, out);
        } catch (MethodInvocationException e) {
            throw new IllegalStateException("template " + name + " line " + e.getLineNumber() + ": "
                    + e.getMessage(), e);
        }
        return out.toString();
    }
}
