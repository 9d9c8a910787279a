package org.koinagora.shared.pdf;

import com.google.zxing.common.BitMatrix;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import org.koinagora.shared.qr.QrCode;

/** A QR code drawn as vector modules in one path, so it stays sharp at any print resolution. */
public final class PdfQr {

  private PdfQr() {}

  /** The dark modules in a square of {@code size} points whose lower left corner is (x, y). */
  public static void draw(PdfContentByte canvas, BitMatrix modules, float x, float y, float size) {
    float module = size / modules.getWidth();
    float top = y + size;
    canvas.saveState();
    canvas.setColorFill(Color.BLACK);
    QrCode.forEachRun(
        modules,
        (column, row, length) ->
            canvas.rectangle(
                x + column * module, top - (row + 1) * module, length * module, module));
    canvas.fill();
    canvas.restoreState();
  }
}
