package memcim.netlist;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import memcim.core.Generator;
import memcim.core.InputException;
import memcim.templates.Templates;

/**
 * A whole SPICE deck: title, header (generator and parameters), options, parameters, models, the
 * subcircuits its instances use (collected, each emitted once), top-level elements, analyses, {@code .print}
 * outputs and an optional control block. Rendered by the template {@code spice/deck.cir.vm}.
 */
public final class Netlist {
    private static final Pattern ONE_LINE = Pattern.compile("[\\p{Print}&&[^\\p{Cntrl}]]*");

    private final String title;
    private final List<String> header = new ArrayList<>();
    private final Map<String, String> options = new LinkedHashMap<>();
    private final Map<String, Double> parameters = new LinkedHashMap<>();
    private final List<Model> models = new ArrayList<>();
    private final List<Element> elements = new ArrayList<>();
    private final Set<String> elementNames = new HashSet<>();
    private final List<Analysis> analyses = new ArrayList<>();
    private final List<String> printed = new ArrayList<>();
    private final List<String> saved = new ArrayList<>();
    private final List<ControlStep> control = new ArrayList<>();

    public Netlist(String title) {
        this.title = checkComment("title", title);
    }

    /** Text that goes into a comment line: one line of printable characters. */
    public static String checkComment(String where, String text) {
        if (text == null || !ONE_LINE.matcher(text).matches()) {
            throw new InputException(where, "one line of printable text",
                    text == null ? "nothing" : "'" + text.replace("\n", "\\n").replace("\r", "\\r") + "'");
        }
        return text;
    }

    /** A {@code * key: value} line in the header, recording how the deck was generated. */
    public Netlist header(String key, Object value) {
        header.add(checkComment("header " + key, key + ": " + value));
        return this;
    }

    public Netlist option(String name, double value) {
        options.put(SpiceName.check("option", name), SpiceNumber.format(value));
        return this;
    }

    /** An option whose value is a word, e.g. {@code .options method=gear}. */
    public Netlist option(String name, String word) {
        options.put(SpiceName.check("option", name), SpiceName.check("value of option " + name, word));
        return this;
    }

    public Netlist param(String name, double value) {
        parameters.put(SpiceName.check(".param", name), value);
        return this;
    }

    public Netlist model(Model m) {
        models.add(m);
        return this;
    }

    public Netlist add(Element e) {
        if (!elementNames.add(e.name().toLowerCase(Locale.ROOT))) {
            throw new InputException("deck " + title, "distinct element names", "'" + e.name() + "' twice");
        }
        elements.add(e);
        return this;
    }

    public Netlist analysis(Analysis a) {
        analyses.add(a);
        return this;
    }

    /** A vector the standalone deck prints after each analysis. */
    public Netlist print(String vector) {
        printed.add(SpiceName.checkVector("printed vector", vector));
        return this;
    }

    /**
     * A vector to keep ({@code .save}): once a deck saves anything, ngspice keeps only the saved vectors, which in a
     * lock-step transient is what spares handing every node to the host at every time point. Nodes and branches
     * inside subcircuit instances use ngspice's names ({@code xdac.sw0}, {@code v.xdac.vd0#branch}).
     */
    public Netlist save(String vector) {
        saved.add(SpiceName.checkVector("saved vector", vector));
        return this;
    }

    public List<String> saved() { return Collections.unmodifiableList(saved); }

    public Netlist control(ControlStep step) {
        control.add(step);
        return this;
    }

    public String title() { return title; }
    public List<Element> elements() { return Collections.unmodifiableList(elements); }
    public List<Analysis> analyses() { return Collections.unmodifiableList(analyses); }

    /** Every subcircuit used, leaves first, each once; two different subcircuits may not share a name. */
    public List<Subckt> subckts() {
        Map<String, Subckt> byName = new LinkedHashMap<>();
        Map<String, String> text = new LinkedHashMap<>();
        for (Element e : elements) collect(e, byName, text);
        return List.copyOf(byName.values());
    }

    private static void collect(Element e, Map<String, Subckt> byName, Map<String, String> text) {
        if (!(e instanceof Instance x)) return;
        Subckt s = x.subckt();
        String key = s.name().toLowerCase(Locale.ROOT);
        Subckt known = byName.get(key);
        if (known == s) return;
        String rendered = s.render();
        if (known != null) {
            if (!text.get(key).equals(rendered)) {
                throw new IllegalStateException("two different subcircuits are both named " + s.name()
                        + ": make them through one SubcktFactory");
            }
            return;
        }
        for (Element inner : s.elements()) collect(inner, byName, text);
        byName.put(key, s);
        text.put(key, rendered);
    }

    /** Models used by elements (here and in subcircuits) plus those added, each once. */
    public List<Model> models() {
        Map<String, Model> byName = new LinkedHashMap<>();
        List<Element> all = new ArrayList<>(elements);
        for (Subckt s : subckts()) all.addAll(s.elements());
        List<Model> used = new ArrayList<>(models);
        for (Element e : all) {
            if (e instanceof Mosfet m) used.add(m.model());
            if (e instanceof Diode d) used.add(d.model());
            if (e instanceof Switch w) used.add(w.model());
        }
        for (Model m : used) {
            Model known = byName.putIfAbsent(m.name().toLowerCase(Locale.ROOT), m);
            if (known != null && !known.equals(m)) {
                throw new IllegalStateException("two different models are both named " + m.name());
            }
        }
        return List.copyOf(byName.values());
    }

    /**
     * The deck for ngspice loaded in-process: analyses as cards ({@code .op}, {@code .tran ...}) which the
     * host runs, and no control block.
     */
    public String render() {
        return render(false);
    }

    /**
     * The deck for {@code ngspice -b}: a {@code .control} block runs each analysis and prints the
     * vectors (batch mode runs nothing without one; a {@code .print op} of a branch current warns), or runs
     * the given control steps (e.g. one {@code op} per read phase with {@code alter} in between), then
     * {@code quit 0}. Only for batch mode: loaded in-process the control block would run at load and quit.
     */
    public String renderStandalone() {
        return render(true);
    }

    private String render(boolean standalone) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("title", title);
        v.put("generator", Generator.id());
        v.put("header", List.copyOf(header));
        List<String> optionLines = new ArrayList<>();
        options.forEach((k, val) -> optionLines.add(".options " + k + "=" + val));
        v.put("options", optionLines);
        List<String> paramLines = new ArrayList<>();
        parameters.forEach((k, val) -> paramLines.add(".param " + k + "=" + SpiceNumber.format(val)));
        v.put("params", paramLines);
        v.put("models", models().stream().map(Model::card).toList());
        v.put("subckts", subckts().stream().map(Subckt::templateValues).toList());
        v.put("elements", elements.stream().map(Element::card).toList());
        v.put("saves", saved.isEmpty() ? List.of() : List.of(".save " + String.join(" ", saved)));
        v.put("analyses", standalone ? List.of() : analyses.stream().map(Analysis::card).toList());
        v.put("control", standalone ? controlLines() : List.of());
        return Templates.render("spice/deck.cir.vm", v);
    }

    private List<String> controlLines() {
        List<String> lines = new ArrayList<>();
        if (!control.isEmpty()) {
            for (ControlStep step : control) lines.add(step.text());
        } else {
            for (Analysis a : analyses) {
                lines.add(a.card().substring(1));
                if (!printed.isEmpty()) lines.add(ControlStep.print(printed).text());
            }
        }
        lines.add(ControlStep.quit().text());
        return lines;
    }
}
