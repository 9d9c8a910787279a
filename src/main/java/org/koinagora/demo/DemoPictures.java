package org.koinagora.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Draws the demo pictures (no network, no shipped photos): a gradient in the colours of the
 * listing's top category with a few soft shapes, different for every seed. Shapes only, no text, so
 * no fonts are needed on the server.
 */
final class DemoPictures {

  private DemoPictures() {}

  static byte[] draw(String categoryPath, long seed) {
    Color[] palette = palette(categoryPath.split("/")[0]);
    Random random = new Random(seed);
    int width = 1200;
    int height = 900;
    var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setPaint(new GradientPaint(0, 0, palette[0], width, height, palette[1]));
      g.fillRect(0, 0, width, height);
      for (int i = 0; i < 7; i++) {
        Color c = palette[2 + random.nextInt(2)];
        g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 90 + random.nextInt(120)));
        int size = 120 + random.nextInt(380);
        g.fillOval(random.nextInt(width) - size / 2, random.nextInt(height) - size / 2, size, size);
      }
    } finally {
      g.dispose();
    }
    try {
      var out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Color[] palette(String root) {
    return switch (root) {
      case "food" -> colours(0xf2c14e, 0xd9822b, 0x7a9e3a, 0xfff3c4);
      case "cosmetics" -> colours(0xe8d5e0, 0xa4809b, 0xffffff, 0x7fb7a4);
      case "crafts" -> colours(0xb85c38, 0x5c3d2e, 0xe0c097, 0x2d4263);
      case "home-garden" -> colours(0x7fb77e, 0x1d5c3a, 0xf7f6dc, 0xb1d7b4);
      case "books" -> colours(0x3e5c76, 0x1d2d44, 0xf0ebd8, 0x748cab);
      default -> colours(0x4d96ff, 0x1d5c3a, 0xf9f9f9, 0x6bcb77);
    };
  }

  private static Color[] colours(int... rgb) {
    Color[] colours = new Color[rgb.length];
    for (int i = 0; i < rgb.length; i++) {
      colours[i] = new Color(rgb[i]);
    }
    return colours;
  }
}
