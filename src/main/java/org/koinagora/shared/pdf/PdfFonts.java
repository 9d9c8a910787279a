package org.koinagora.shared.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans from the WAR, embedded as Identity-H so Greek prints and copies as text, and the
 * site's colours. Loaded once: OpenPDF copies the font's bytes for each document it subsets them
 * into.
 */
public final class PdfFonts {

  public static final BaseFont REGULAR = load("DejaVuSans.ttf");
  public static final BaseFont BOLD = load("DejaVuSans-Bold.ttf");

  public static final Color INK = new Color(0x1b, 0x1f, 0x1d);
  public static final Color MUTED = new Color(0x4a, 0x52, 0x4e);
  public static final Color GREEN = new Color(0x1d, 0x5c, 0x3a);
  public static final Color LINE = new Color(0xd5, 0xd8, 0xd2);

  private PdfFonts() {}

  public static Font regular(float size, Color color) {
    return new Font(REGULAR, size, Font.NORMAL, color);
  }

  public static Font bold(float size, Color color) {
    return new Font(BOLD, size, Font.NORMAL, color);
  }

  /** Null as empty, so callers can pass optional fields straight through. */
  public static String text(String value) {
    return value == null ? "" : value;
  }

  private static BaseFont load(String file) {
    try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + file)) {
      if (in == null) {
        throw new IllegalStateException("font missing from the classpath: /fonts/" + file);
      }
      return BaseFont.createFont(
          file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
