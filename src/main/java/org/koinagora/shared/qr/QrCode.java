package org.koinagora.shared.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * QR codes for links on pages and printed passes: error correction M, UTF-8, a 4-module quiet zone.
 */
public final class QrCode {

  /** White modules around the code that scanners need to find it. */
  public static final int QUIET_ZONE = 4;

  private static final Map<EncodeHintType, Object> HINTS =
      Map.of(
          EncodeHintType.ERROR_CORRECTION,
          ErrorCorrectionLevel.M,
          EncodeHintType.CHARACTER_SET,
          "UTF-8",
          EncodeHintType.MARGIN,
          0);

  private QrCode() {}

  /** The code's modules, one bit each, without the quiet zone. */
  public static BitMatrix modules(String text) {
    if (text == null || text.isEmpty()) {
      throw new IllegalArgumentException("a QR code needs some text");
    }
    try {
      // size 0 asks for the smallest rendering: one bit per module
      return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
    } catch (WriterException e) {
      throw new IllegalArgumentException(
          "too long for a QR code: " + text.length() + " characters", e);
    }
  }

  /**
   * A standalone SVG without an XML prolog, so it can be inlined in XHTML as well as served as a
   * file. It scales to its container; the dark modules are one path of horizontal runs.
   */
  public static String svg(String text, String accessibleLabel) {
    BitMatrix modules = modules(text);
    int size = modules.getWidth() + 2 * QUIET_ZONE;
    var svg =
        new StringBuilder(4096)
            .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
            .append(size)
            .append(' ')
            .append(size)
            .append("\" shape-rendering=\"crispEdges\">")
            .append("<title>")
            .append(escapeXml(accessibleLabel))
            .append("</title>")
            .append("<rect width=\"")
            .append(size)
            .append("\" height=\"")
            .append(size)
            .append("\" fill=\"#fff\"/>")
            .append("<path fill=\"#000\" d=\"");
    forEachRun(
        modules,
        (x, y, length) ->
            svg.append('M')
                .append(x + QUIET_ZONE)
                .append(' ')
                .append(y + QUIET_ZONE)
                .append('h')
                .append(length)
                .append("v1h-")
                .append(length)
                .append('z'));
    return svg.append("\"/></svg>").toString();
  }

  /** A horizontal run of dark modules, in module coordinates without the quiet zone. */
  @FunctionalInterface
  public interface RunConsumer {
    void accept(int x, int y, int length);
  }

  /** Calls {@code runs} for each horizontal run of dark modules, so a drawing needs few shapes. */
  public static void forEachRun(BitMatrix modules, RunConsumer runs) {
    for (int y = 0; y < modules.getHeight(); y++) {
      int x = 0;
      while (x < modules.getWidth()) {
        if (!modules.get(x, y)) {
          x++;
          continue;
        }
        int start = x;
        while (x < modules.getWidth() && modules.get(x, y)) {
          x++;
        }
        runs.accept(start, y, x - start);
      }
    }
  }

  /** Escapes markup characters and drops the ones XML 1.0 cannot hold at all. */
  static String escapeXml(String text) {
    if (text == null) {
      return "";
    }
    var xml = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '&' -> xml.append("&amp;");
                case '"' -> xml.append("&quot;");
                case '\'' -> xml.append("&apos;");
                default -> {
                  if (allowedInXml(c)) {
                    xml.appendCodePoint(c);
                  }
                }
              }
            });
    return xml.toString();
  }

  private static boolean allowedInXml(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
