package memcim.cosim.energy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import memcim.core.InputException;
import memcim.core.Json;

/**
 * Every constant the energy figures use, each named with its unit and source, so that a figure in the report
 * can be traced to a value here and replaced by a user's own: a JSON file with the same shape ({@link #load}),
 * named by a chip spec's {@code technology} instead of a preset.
 *
 * <p>Digital energies are per output transition of one yosys generic cell ({@code $_AND_}, {@code $_DFF_P_}...),
 * E = C_eff · V_DD², with C_eff the cell's output node plus its typical load. Flip-flop variants
 * ({@code $_DFFE_PP_}, {@code $_SDFF_PP0_}...) fall back to their family ({@code dff}); other gates to {@code gate}.
 */
public record TechnologyTable(String name, List<TechConstant> constants) {

    public static TechnologyTable cmos130() {
        String cell = "C_eff*VDD^2 at 1.2 V; C_eff = typical 130 nm standard-cell output node + fanout-2 input pins "
                + "(2-4 fF each, e.g. Artisan/IHP SG13 130 nm libraries) + ~1 fF local wire";
        return new TechnologyTable("cmos130", List.of(
                c("supplyVolts", 1.2, "V", "nominal core supply of 130 nm CMOS (ITRS 2001, 130 nm node)"),
                c("cell.$_BUF_", 4.3e-15, "J", cell + "; C_eff 3.0 fF"),
                c("cell.$_NOT_", 4.3e-15, "J", cell + "; C_eff 3.0 fF"),
                c("cell.$_AND_", 6.5e-15, "J", cell + "; C_eff 4.5 fF (NAND2 + INV)"),
                c("cell.$_NAND_", 5.8e-15, "J", cell + "; C_eff 4.0 fF"),
                c("cell.$_OR_", 6.5e-15, "J", cell + "; C_eff 4.5 fF (NOR2 + INV)"),
                c("cell.$_NOR_", 5.8e-15, "J", cell + "; C_eff 4.0 fF"),
                c("cell.$_XOR_", 10.1e-15, "J", cell + "; C_eff 7.0 fF (transmission-gate XOR2)"),
                c("cell.$_XNOR_", 10.1e-15, "J", cell + "; C_eff 7.0 fF"),
                c("cell.$_ANDNOT_", 6.5e-15, "J", cell + "; C_eff 4.5 fF"),
                c("cell.$_ORNOT_", 6.5e-15, "J", cell + "; C_eff 4.5 fF"),
                c("cell.$_MUX_", 10.1e-15, "J", cell + "; C_eff 7.0 fF (MUX2)"),
                c("cell.$_NMUX_", 10.1e-15, "J", cell + "; C_eff 7.0 fF"),
                c("cell.$_AOI3_", 7.2e-15, "J", cell + "; C_eff 5.0 fF"),
                c("cell.$_OAI3_", 7.2e-15, "J", cell + "; C_eff 5.0 fF"),
                c("cell.$_AOI4_", 8.6e-15, "J", cell + "; C_eff 6.0 fF"),
                c("cell.$_OAI4_", 8.6e-15, "J", cell + "; C_eff 6.0 fF"),
                c("cell.gate", 6.5e-15, "J", "fallback for a combinational yosys cell not listed: as $_AND_"),
                c("cell.dff", 17.3e-15, "J", cell + "; C_eff 12 fF for a D flip-flop output transition incl. internal nodes"),
                c("clock.dffPerCycle", 8.6e-15, "J",
                        "clock pin + internal clock inverters of one flip-flop, ~3 fF toggled twice per cycle, "
                                + "plus its share of the clock tree (~50 %): 6 fF*VDD^2"),
                c("leak.gate", 20e-12, "W", "130 nm standard-Vt 2-input gate subthreshold leakage ~17 pA at 1.2 V "
                        + "(typical 130 nm library datasheets: 10-50 pA per gate at 25 C)"),
                c("leak.dff", 80e-12, "W", "130 nm flip-flop leakage, ~4 gate equivalents"),
                c("comparator.joulesPerDecision", 50e-15, "J",
                        "StrongARM latch comparator in 130 nm: ~40 fF switched at 1.2 V (the SPICE comparator is "
                                + "behavioural and draws no supply current)"),
                c("frontEnd.biasAmps", 5e-6, "A",
                        "bias current of one transimpedance/integrator OTA in 130 nm sized for ~50 MHz GBW "
                                + "(the SPICE OTA is an ideal VCVS and draws no supply current)"),
                c("driver.efficiency", 0.8, "1",
                        "fraction of a word/bit-line driver's supply energy delivered to the line; the rest is "
                                + "short-circuit and internal switching of the inverter chain")));
    }

    private static TechConstant c(String name, double value, String unit, String source) {
        return new TechConstant(name, value, unit, source);
    }

    /** The constants the energy model reads; a user's table must name each one (cell types beyond fall back). */
    public static final List<String> REQUIRED = List.of("supplyVolts", "cell.gate", "cell.dff", "clock.dffPerCycle",
            "leak.gate", "leak.dff", "comparator.joulesPerDecision", "frontEnd.biasAmps", "driver.efficiency");

    /** A preset ({@code cmos130}) or a table's JSON file (a name ending in {@code .json}). */
    public static TechnologyTable named(String technology) {
        if ("cmos130".equals(technology)) return cmos130();
        if (technology != null && technology.endsWith(".json")) return load(Path.of(technology));
        throw new InputException("technology", "a known technology table (cmos130) or a JSON file", "'" + technology + "'");
    }

    /** Reads a table written as JSON (as {@code Json.write} writes one) and checks every constant. */
    public static TechnologyTable load(Path file) {
        return Json.read(file, TechnologyTable.class).validate(file.toString());
    }

    /** Returns this table, or throws an {@link InputException} naming the first bad constant by its place. */
    public TechnologyTable validate(String source) {
        if (name == null || name.isBlank()) throw new InputException(source + ": name", "a non-empty name", "'" + name + "'");
        if (constants == null) throw new InputException(source + ": constants", "a list of constants", "nothing");
        Map<String, TechConstant> seen = new LinkedHashMap<>();
        for (int i = 0; i < constants.size(); i++) {
            TechConstant k = constants.get(i);
            String where = source + ": constants[" + i + "]";
            if (k == null || k.name() == null || k.name().isBlank()) throw new InputException(where + ".name", "a name", "nothing");
            if (!Double.isFinite(k.value())) throw new InputException(where + ".value", "a finite number", String.valueOf(k.value()));
            // energies, powers, currents and the supply are physical amounts: none is negative
            if (k.value() < 0) throw new InputException(where + ".value", "a value >= 0 for " + k.name(), String.valueOf(k.value()));
            if (k.name().equals("supplyVolts") && !(k.value() > 0 && k.value() <= 10))
                throw new InputException(where + ".value", "a supply above 0 V and at most 10 V", String.valueOf(k.value()));
            if (k.name().equals("driver.efficiency") && !(k.value() > 0 && k.value() <= 1))
                throw new InputException(where + ".value", "an efficiency in (0, 1]", String.valueOf(k.value()));
            if (k.unit() == null || k.source() == null || k.source().isBlank()) {
                throw new InputException(where, "a unit and a source for " + k.name(), "'" + k.unit() + "', '" + k.source() + "'");
            }
            if (seen.put(k.name(), k) != null) throw new InputException(where + ".name", "a name used once", "'" + k.name() + "' again");
        }
        for (String required : REQUIRED) {
            if (!seen.containsKey(required)) throw new InputException(source + ": constants", "a constant '" + required + "'", "none");
        }
        return this;
    }

    private Map<String, TechConstant> byName() {
        Map<String, TechConstant> map = new LinkedHashMap<>();
        for (TechConstant k : constants) map.put(k.name(), k);
        return map;
    }

    /** The value of a named constant; a missing name is a configuration error. */
    public double get(String constant) {
        TechConstant k = byName().get(constant);
        if (k == null) throw new InputException("technology " + name, "a constant '" + constant + "'", "none");
        return k.value();
    }

    public boolean has(String constant) { return byName().containsKey(constant); }

    /** Switching energy of one output transition of a yosys generic cell, falling back to its family. */
    public double switchingJoules(String yosysCell) {
        if (has("cell." + yosysCell)) return get("cell." + yosysCell);
        return isFlipFlop(yosysCell) ? get("cell.dff") : get("cell.gate");
    }

    /** Static leakage power of one yosys generic cell. */
    public double leakageWatts(String yosysCell) {
        return isFlipFlop(yosysCell) ? get("leak.dff") : get("leak.gate");
    }

    public static boolean isFlipFlop(String yosysCell) {
        return yosysCell.startsWith("$_DFF") || yosysCell.startsWith("$_SDFF") || yosysCell.startsWith("$_ALDFF")
                || yosysCell.startsWith("$_DLATCH") || yosysCell.startsWith("$_SR_");
    }

    /** The table as aligned text: name, value, unit, source. */
    public String describe() {
        StringBuilder out = new StringBuilder("technology " + name + "\n");
        int width = constants.stream().mapToInt(k -> k.name().length()).max().orElse(10);
        for (TechConstant k : constants) {
            out.append(String.format(Locale.ROOT, "  %-" + width + "s %11.4g %-2s  %s%n", k.name(), k.value(), k.unit(),
                    k.source()));
        }
        return out.toString();
    }
}
