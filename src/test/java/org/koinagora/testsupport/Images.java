package org.koinagora.testsupport;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.imageio.ImageIO;

/** Picture files for upload tests, made on the spot. */
public final class Images {

  /** A valid 1×1 lossless WebP. */
  public static final byte[] WEBP =
      Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

  private Images() {}

  public static byte[] png(int width, int height) {
    return encode(picture(width, height), "png");
  }

  public static byte[] jpeg(int width, int height) {
    return encode(picture(width, height), "jpeg");
  }

  /** A JPEG carrying an EXIF segment with a GPS position, as phones write them. */
  public static byte[] jpegWithGps() {
    byte[] plain = jpeg(640, 480);
    byte[] payload =
        "Exif\0\0GPSLatitude=37.9838;GPSLongitude=23.7275;Camera=TestPhone"
            .getBytes(StandardCharsets.ISO_8859_1);
    int length = payload.length + 2;
    var out = new ByteArrayOutputStream();
    out.write(plain, 0, 2);
    out.write(0xFF);
    out.write(0xE1);
    out.write(length >> 8);
    out.write(length & 0xFF);
    out.write(payload, 0, payload.length);
    out.write(plain, 2, plain.length - 2);
    return out.toByteArray();
  }

  /** An executable's first bytes (ELF), as a file renamed to .jpg would carry. */
  public static byte[] executable() {
    byte[] bytes = new byte[4096];
    bytes[0] = 0x7F;
    bytes[1] = 'E';
    bytes[2] = 'L';
    bytes[3] = 'F';
    return bytes;
  }

  public static byte[] gif() {
    return encode(picture(10, 10), "gif");
  }

  /** Bytes that start like a JPEG but are noise: over 5 MB. */
  public static byte[] tooBig() {
    byte[] bytes = new byte[5 * 1024 * 1024 + 10];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xD8;
    bytes[2] = (byte) 0xFF;
    return bytes;
  }

  private static BufferedImage picture(int width, int height) {
    var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(new Color(0x1d5c3a));
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(0xf2c14e));
    g.fillOval(width / 4, height / 4, width / 2, height / 2);
    g.dispose();
    return image;
  }

  private static byte[] encode(BufferedImage image, String format) {
    try {
      var out = new ByteArrayOutputStream();
      ImageIO.write(image, format, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
