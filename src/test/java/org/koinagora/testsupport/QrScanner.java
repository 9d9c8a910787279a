package org.koinagora.testsupport;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

/**
 * Reads a QR code from a picture, as a phone would; zxing's javase module is not needed for that.
 */
public final class QrScanner {

  private QrScanner() {}

  /** The code's text, or an AssertionError when no code can be read. */
  public static String scan(BufferedImage picture) {
    int width = picture.getWidth();
    int height = picture.getHeight();
    int[] pixels = picture.getRGB(0, 0, width, height, null, 0, width);
    var bitmap =
        new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
    try {
      return new MultiFormatReader()
          .decode(
              bitmap,
              Map.of(
                  DecodeHintType.POSSIBLE_FORMATS,
                  List.of(BarcodeFormat.QR_CODE),
                  DecodeHintType.CHARACTER_SET,
                  "UTF-8"))
          .getText();
    } catch (NotFoundException e) {
      throw new AssertionError("no QR code could be read", e);
    }
  }
}
