package org.koinagora.catalog.images;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Turns an upload into the pictures the site serves. The type is decided by the file's first bytes,
 * never its name; the pixels are re-encoded as JPEG, which leaves every piece of metadata (EXIF,
 * GPS position, camera) behind.
 */
public final class ImageProcessor {

  public static final int MAX_BYTES = 5 * 1024 * 1024;
  static final int DISPLAY_SIZE = 1200;
  static final int THUMBNAIL_SIZE = 400;
  static final int DOCUMENT_SIZE = 2400;
  private static final int MAX_PIXELS = 40_000_000;

  /** The two encoded JPEGs and the display size's dimensions. */
  public record Processed(byte[] display, byte[] thumbnail, int width, int height) {}

  enum Format {
    JPEG,
    PNG,
    WEBP
  }

  public Processed process(byte[] upload) {
    if (upload == null || upload.length == 0) {
      throw new ImageRejectedException(400, "image.empty");
    }
    if (upload.length > MAX_BYTES) {
      throw new ImageRejectedException(413, "image.too_big");
    }
    Format format = sniff(upload);
    BufferedImage image = decode(upload, format);
    BufferedImage display = scale(image, DISPLAY_SIZE);
    return new Processed(
        jpeg(display), jpeg(scale(image, THUMBNAIL_SIZE)), display.getWidth(), display.getHeight());
  }

  /**
   * A picture sent as a document (a scanned page, a photo of a site): the same checks, re-encoded
   * as one JPEG large enough to read, without its metadata.
   */
  public byte[] document(byte[] upload) {
    if (upload == null || upload.length == 0) {
      throw new ImageRejectedException(400, "image.empty");
    }
    if (upload.length > MAX_BYTES) {
      throw new ImageRejectedException(413, "image.too_big");
    }
    return jpeg(scale(decode(upload, sniff(upload)), DOCUMENT_SIZE));
  }

  /** Whether the bytes begin as a JPEG, PNG or WebP picture does. */
  public static boolean looksLikePicture(byte[] bytes) {
    try {
      sniff(bytes);
      return true;
    } catch (ImageRejectedException e) {
      return false;
    }
  }

  static Format sniff(byte[] bytes) {
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xFF
        && (bytes[1] & 0xFF) == 0xD8
        && (bytes[2] & 0xFF) == 0xFF) {
      return Format.JPEG;
    }
    if (bytes.length >= 8
        && (bytes[0] & 0xFF) == 0x89
        && bytes[1] == 'P'
        && bytes[2] == 'N'
        && bytes[3] == 'G'
        && bytes[4] == 0x0D
        && bytes[5] == 0x0A
        && bytes[6] == 0x1A
        && bytes[7] == 0x0A) {
      return Format.PNG;
    }
    if (bytes.length >= 12
        && bytes[0] == 'R'
        && bytes[1] == 'I'
        && bytes[2] == 'F'
        && bytes[3] == 'F'
        && bytes[8] == 'W'
        && bytes[9] == 'E'
        && bytes[10] == 'B'
        && bytes[11] == 'P') {
      return Format.WEBP;
    }
    throw new ImageRejectedException(400, "image.wrong_type");
  }

  private static BufferedImage decode(byte[] bytes, Format format) {
    try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      ImageReader reader = reader(format);
      try {
        reader.setInput(input, true, true);
        long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
        if (pixels > MAX_PIXELS) {
          throw new ImageRejectedException(400, "image.too_many_pixels");
        }
        return reader.read(0);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof ImageRejectedException rejected) {
        throw rejected;
      }
      throw new ImageRejectedException(400, "image.broken");
    }
  }

  private static ImageReader reader(Format format) throws IOException {
    if (format == Format.WEBP) {
      // created directly: ImageIO's plugin registry does not see a web application's jars
      return new WebPImageReaderSpi().createReaderInstance();
    }
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.name());
    if (!readers.hasNext()) {
      throw new IOException("no reader for " + format);
    }
    return readers.next();
  }

  /** Scales so the longer side is at most {@code size}, on white (JPEG has no transparency). */
  static BufferedImage scale(BufferedImage source, int size) {
    double factor = Math.min(1.0, (double) size / Math.max(source.getWidth(), source.getHeight()));
    int width = Math.max(1, (int) Math.round(source.getWidth() * factor));
    int height = Math.max(1, (int) Math.round(source.getHeight() * factor));
    BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = target.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.drawImage(source, 0, 0, width, height, null);
    } finally {
      g.dispose();
    }
    return target;
  }

  static byte[] jpeg(BufferedImage image) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    var bytes = new ByteArrayOutputStream();
    try (var output = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(output);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0.85f);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
