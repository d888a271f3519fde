package memcim.transfer.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import memcim.data.toy.LabelledPoints;
import memcim.data.toy.PlaneCoding;
import memcim.networks.Predictions;
import memcim.report.Block;
import memcim.report.Plot;
import memcim.report.Report;
import memcim.report.Section;
import memcim.report.Table;
import memcim.report.plot.Axis;
import memcim.report.plot.HeatMap;
import memcim.report.plot.ScatterChart;
import memcim.transfer.plan.ProgrammingCost;
import memcim.transfer.plan.SigmaMatch;

/** The report of a transfer run: the comparison table, the maps side by side, the σ match, cost, SPICE, MCMC. */
public final class TransferReport {
    /** A difference of epistemic uncertainty counted as large in the map comparison, nats: about a sixth of a two-class map's ln 2. */
    static final double LARGE_DIFFERENCE = 0.125;

    private TransferReport() {}

    public static Report of(TransferOutcome o) {
        TransferResult r = o.result();
        List<Section> sections = new ArrayList<>();
        sections.add(Section.of("Transfer", new Block.Paragraph(String.format(Locale.ROOT,
                "Task %s, network %s, device card %s. Layout: %s. Every device programmed with %d SET pulse, at the compliance "
                        + "pair whose medians encode its mixture component's mean (γ = %.4g S per network unit, Σ π·KL = %.3f nats, "
                        + "%d components per weight, rows take components %s). Run time %.0f s.",
                r.task(), r.network(), r.device(), r.layout(), r.pulsesPerDevice(), r.scaleSiemensPerUnit(), r.klNats(),
                r.componentsPerWeight(), r.componentChoice().equals("POSTERIOR_DRAW") ? "from their own posterior draw" : "independently by π",
                r.seconds())), routes(r)));
        if (o.softwareGrid() != null) sections.add(maps(o));
        sections.add(sigma(o.sigmaMatch(), r));
        sections.add(cost(r.programming()));
        if (r.spice() != null) sections.add(spice(r));
        List<Block> mcmc = new ArrayList<>();
        mcmc.add(new Block.Preformatted(String.join("\n", r.posterior().summaryLines())));
        mcmc.addAll(o.posterior().tracePlots());
        sections.add(new Section("MCMC diagnostics", mcmc));
        return new Report("memcim transfer: " + r.task(), "memcim transfer (Dalgaty et al. 2021, ex-situ transfer in one SET)", r, sections);
    }

    private static Table routes(TransferResult r) {
        List<List<String>> rows = new ArrayList<>();
        for (RouteFigures f : r.routes()) {
            rows.add(List.of(f.route(), String.valueOf(f.instances()), pct(f.accuracy()), num(f.aurocAleatoric()), num(f.aurocEpistemic()),
                    num(f.expectedCalibrationError())));
        }
        List<List<String>> totals = new ArrayList<>();
        if (Double.isFinite(r.gridAgreement())) {
            totals.add(List.of("(b) against (a) on the map's grid", "", pct(r.gridAgreement()) + " same class",
                    "", String.format(Locale.ROOT, "mean |ΔU_e| %.3f nats", r.epistemicMapError()), ""));
        }
        return new Table(List.of("route", "networks M", "accuracy", "AUROC aleatoric", "AUROC epistemic", "ECE"), rows, totals);
    }

    private static Section maps(TransferOutcome o) {
        TaskData.Plane plane = o.task().plane();
        PlaneCoding c = plane.coding();
        int n = plane.side();
        double w = (c.xMax() - c.xMin()) / c.topCode(), h = (c.yMax() - c.yMin()) / c.topCode();
        HeatMap.Grid grid = new HeatMap.Grid(c.xMin() - w / 2, c.xMax() + w / 2, n, c.yMin() - h / 2, c.yMax() + h / 2, n);
        LabelledPoints t = plane.trainPoints();
        double[] px = new double[t.size()], py = new double[t.size()];
        for (int i = 0; i < t.size(); i++) {
            px[i] = t.x(i);
            py[i] = t.y(i);
        }
        List<HeatMap.Point> points = HeatMap.Point.of(px, py, t.labels());
        Axis x = Axis.linear("x"), y = Axis.linear("y");
        Predictions a = o.softwareGrid(), b = o.transferredGrid();
        double eMax = HeatMap.commonMax(a.epistemic(), b.epistemic()), uMax = HeatMap.commonMax(a.aleatoric(), b.aleatoric());
        double[] diff = new double[a.size()];
        for (int i = 0; i < diff.length; i++) diff[i] = Math.abs(b.epistemic()[i] - a.epistemic()[i]);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(where(o, diff)));
        blocks.add(new Plot("boundary-software.png", "(a) software posterior: P(class 1), boundary at 0.5, training points",
                HeatMap.probability("(a) software: P(class 1)", x, y, grid, classOne(a), points)));
        blocks.add(new Plot("boundary-transferred.png", "(b) single-SET transfer, the same map",
                HeatMap.probability("(b) transferred: P(class 1)", x, y, grid, classOne(b), points)));
        blocks.add(new Plot("epistemic-software.png", "(a) epistemic uncertainty U_e (nats): high away from the data",
                HeatMap.uncertainty("(a) software: epistemic U_e", x, y, grid, "U_e", "nats", a.epistemic(), eMax, points)));
        blocks.add(new Plot("epistemic-transferred.png", "(b) epistemic uncertainty on the chip, same colour scale",
                HeatMap.uncertainty("(b) transferred: epistemic U_e", x, y, grid, "U_e", "nats", b.epistemic(), eMax, points)));
        blocks.add(new Plot("aleatoric-software.png", "(a) aleatoric uncertainty U_a (nats): high on the boundary",
                HeatMap.uncertainty("(a) software: aleatoric U_a", x, y, grid, "U_a", "nats", a.aleatoric(), uMax, points)));
        blocks.add(new Plot("aleatoric-transferred.png", "(b) aleatoric uncertainty on the chip, same colour scale",
                HeatMap.uncertainty("(b) transferred: aleatoric U_a", x, y, grid, "U_a", "nats", b.aleatoric(), uMax, points)));
        blocks.add(new Plot("epistemic-difference.png", "where they differ: |U_e(b) − U_e(a)|",
                HeatMap.uncertainty("|ΔU_e|, transferred against software", x, y, grid, "|ΔU_e|", "nats", diff, eMax, points)));
        return new Section("Maps: software against transferred", blocks);
    }

    /**
     * Where the maps differ, in words: how much of the grid, and whether on the data or away from it (away: farther
     * from every training point than the far-from-data test points are, {@link PlaneTasks#farFromData}).
     */
    private static String where(TransferOutcome o, double[] diff) {
        Predictions a = o.softwareGrid(), b = o.transferredGrid();
        TaskData.Plane plane = o.task().plane();
        PlaneCoding c = plane.coding();
        int side = plane.side(), disagree = 0, bigDiff = 0, bigDiffOnData = 0, onData = 0;
        double onA = 0, onB = 0, awayA = 0, awayB = 0;
        for (int i = 0; i < diff.length; i++) {
            if (a.prediction()[i] != b.prediction()[i]) disagree++;
            boolean away = PlaneTasks.farFromData(plane.trainPoints(), c, c.x(i % side), c.y(i / side));
            if (away) {
                awayA += a.epistemic()[i];
                awayB += b.epistemic()[i];
            } else {
                onData++;
                onA += a.epistemic()[i];
                onB += b.epistemic()[i];
            }
            if (diff[i] > LARGE_DIFFERENCE) {
                bigDiff++;
                if (!away) bigDiffOnData++;
            }
        }
        int n = diff.length, away = n - onData;
        String large = bigDiff == 0
                ? String.format(Locale.ROOT, "|ΔU_e| ≤ %.3f nats everywhere on the grid.", LARGE_DIFFERENCE)
                : String.format(Locale.ROOT, "|ΔU_e| > %.3f nats on %.1f %% of the grid, %d of those %d points on the data.",
                        LARGE_DIFFERENCE, 100.0 * bigDiff / n, bigDiffOnData, bigDiff);
        return String.format(Locale.ROOT, "The class differs on %.1f %% of the grid's %d points (along the boundary, where P(class 1) is "
                        + "near 0.5). Mean epistemic U_e on the data (%.0f %% of the grid, within %.0f %% of the box's diagonal "
                        + "from a training point): %.3f nats in software, %.3f on the chip; away from the data: %.3f and %.3f. %s",
                100.0 * disagree / n, n, 100.0 * onData / n, 100 * PlaneTasks.FAR, onA / Math.max(1, onData), onB / Math.max(1, onData),
                awayA / Math.max(1, away), awayB / Math.max(1, away), large);
    }

    private static double[] classOne(Predictions p) {
        double[] v = new double[p.size()];
        for (int i = 0; i < v.length; i++) v[i] = p.meanProbabilities()[i][1];
        return v;
    }

    private static Section sigma(List<SigmaMatch> m, TransferResult r) {
        List<Double> sx = new ArrayList<>(), obtained = new ArrayList<>(), px = new ArrayList<>(), promised = new ArrayList<>();
        for (SigmaMatch s : m) {
            px.add(s.software());
            promised.add(s.promised());
            if (Double.isFinite(s.obtained())) {
                sx.add(s.software());
                obtained.add(s.obtained());
            }
        }
        ScatterChart chart = ScatterChart.comparison("σ of each mixture component: software against device", Axis.linear("software σ", "network units"),
                Axis.linear("device σ", "network units"), List.of(new ScatterChart.Series("promised by the card at the chosen compliances", px, promised),
                        new ScatterChart.Series("obtained on the chip (≥ " + SigmaMatch.MIN_ROWS + " rows)", sx, obtained)));
        return Section.of("σ match", new Block.Paragraph(String.format(Locale.ROOT,
                "Each point is one component of one weight's mixture: the σ software asked for, the σ the device's cycle-to-cycle "
                        + "spread gives at the compliances chosen for it, and the spread of the weights read back from the rows that "
                        + "programmed it. Median ratio obtained/software: %.2f.", r.sigmaRatioMedian())),
                new Plot("sigma-match.png", "software σ against device σ per mixture component", chart));
    }

    private static Section cost(List<ProgrammingCost> costs) {
        List<List<String>> rows = new ArrayList<>();
        for (ProgrammingCost c : costs) {
            rows.add(List.of(c.route(), String.format(Locale.ROOT, "%,d", c.devices()), String.format(Locale.ROOT, "%,d", c.pulses()),
                    String.format(Locale.ROOT, "%.2f", c.pulsesPerDevice()), String.format(Locale.ROOT, "%.1f", c.pulsesPerInstance()),
                    Double.isFinite(c.joules()) ? String.format(Locale.ROOT, "%.3g", c.joulesPerInstance()) : "not on the card"));
        }
        return Section.of("Programming cost", new Block.Paragraph("From the device card: a SET costs at most V_set·Icc·t_set, a "
                        + "program-and-verify try a RESET (V_reset²·G·t_reset) and a SET; energies are upper bounds."),
                new Table(List.of("route", "devices", "pulses", "pulses per device", "pulses per network", "energy per network (J)"), rows));
    }

    private static Section spice(TransferResult r) {
        TransferResult.SpiceCheck s = r.spice();
        return Section.of("SPICE against the fast array model", new Block.Paragraph(String.format(Locale.ROOT,
                "%d rows of the first array read again by its SPICE deck in ngspice (wire resistance on; read %s): largest column-current difference %.3g A (%.3g of the row's full scale, row %d); "
                        + "predicted class identical for %.2f %% of (row, test input) pairs and for %.2f %% of test inputs by the "
                        + "ensemble of those rows. %.0f s.", s.rows().length, s.read(), s.currents().maxAbsErrorAmps(), s.currents().maxRelativeError(),
                s.currents().worstRow(), 100 * s.predictionsIdentical(), 100 * s.ensembleIdentical(), s.seconds())));
    }

    private static String pct(double v) { return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f %%", 100 * v) : "–"; }

    private static String num(double v) { return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "–"; }
}
