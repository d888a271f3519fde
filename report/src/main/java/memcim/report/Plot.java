package memcim.report;

/** A PNG figure of the report: its file name, caption, and bytes. */
public record Plot(String fileName, String caption, byte[] png) {}
