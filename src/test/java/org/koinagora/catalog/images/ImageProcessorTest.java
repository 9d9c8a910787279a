package org.koinagora.catalog.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.koinagora.testsupport.Images;

class ImageProcessorTest {

  private final ImageProcessor processor = new ImageProcessor();

  @Test
  void theTypeComesFromTheContentNotTheName() {
    assertEquals(ImageProcessor.Format.JPEG, ImageProcessor.sniff(Images.jpeg(10, 10)));
    assertEquals(ImageProcessor.Format.PNG, ImageProcessor.sniff(Images.png(10, 10)));
    assertEquals(ImageProcessor.Format.WEBP, ImageProcessor.sniff(Images.WEBP));
    assertThrows(ImageRejectedException.class, () -> ImageProcessor.sniff(Images.executable()));
    assertThrows(ImageRejectedException.class, () -> ImageProcessor.sniff(Images.gif()));
  }

  @Test
  void largePicturesAreScaledDownAndLoseTheirMetadata() {
    var processed = processor.process(Images.jpegWithGps());
    assertEquals(640, processed.width(), "smaller than the display size: kept");
    String bytes = new String(processed.display(), StandardCharsets.ISO_8859_1);
    assertFalse(bytes.contains("GPSLatitude"));
    var big = processor.process(Images.png(3000, 1500));
    assertEquals(1200, big.width());
    assertEquals(600, big.height());
  }

  @Test
  void tooBigOrBrokenFilesAreRefused() {
    var tooBig =
        assertThrows(ImageRejectedException.class, () -> processor.process(Images.tooBig()));
    assertEquals(413, tooBig.status());
    byte[] truncated = Arrays.copyOf(Images.png(50, 50), 40);
    assertEquals(
        400,
        assertThrows(ImageRejectedException.class, () -> processor.process(truncated)).status());
  }
}
