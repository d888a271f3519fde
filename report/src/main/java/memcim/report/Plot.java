package memcim.report;

import memcim.report.plot.Chart;
import memcim.report.plot.ChartPng;

/**
 * A figure of a report: the file its PNG is written to, the caption under it, and the chart it draws. The chart's
 * data go beside the PNG as JSON ({@link #dataFileName()}), so a reader can re-plot or compare a figure.
 */
public record Plot(String fileName, String caption, Chart chart) implements Block {
    public Plot {
        if (fileName == null || !fileName.matches("[A-Za-z0-9][A-Za-z0-9._-]*\\.png")) {
            // the name becomes a file in the report's folder and a link in its page: no folders, no markup
            throw new IllegalArgumentException("plot file name: expected a plain name ending in .png (letters, digits, "
                    + "'.', '_', '-'), found '" + fileName + "'");
        }
        if (caption == null || chart == null) throw new IllegalArgumentException("plot " + fileName + ": caption and chart are required");
    }

    public byte[] png() { return ChartPng.render(chart); }

    /** energy.png → energy.json. */
    public String dataFileName() { return fileName.substring(0, fileName.length() - ".png".length()) + ".json"; }
}
