package org.koinagora.shared.qr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.koinagora.testsupport.QrScanner;
import org.w3c.dom.Element;

class QrCodeTest {

  private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\3z");
  private static final int PIXELS_PER_MODULE = 4;

  @Test
  void theSvgIsStandaloneXmlWithAnImageRoleAndTheLabelEscapedAsItsTitle() throws Exception {
    String label = "Σάρωσε <εδώ> & \"δες\" το 'κατάστημα'\u0001";
    String svg = QrCode.svg("http://localhost:8080/fairs/12/stands/A3", label);

    assertFalse(svg.startsWith("<?xml"), "no prolog, so it can sit inside XHTML");
    Element root = parse(svg);
    assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
    assertEquals("svg", root.getLocalName());
    assertEquals("img", root.getAttribute("role"));
    assertEquals("crispEdges", root.getAttribute("shape-rendering"));
    assertEquals(
        "Σάρωσε <εδώ> & \"δες\" το 'κατάστημα'",
        root.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent(),
        "markup escaped, the control character that XML cannot hold dropped");
    assertEquals(
        1,
        root.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").getLength(),
        "one path");
  }

  @Test
  void theViewBoxCountsModulesWithAFourModuleQuietZone() throws Exception {
    String text = "http://localhost:8080/fairs/12/stands/A3";
    int size = QrCode.modules(text).getWidth() + 8;
    Element root = parse(QrCode.svg(text, "QR"));
    assertEquals("0 0 " + size + " " + size, root.getAttribute("viewBox"));
    Element path =
        (Element) root.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").item(0);
    Matcher run = RUN.matcher(path.getAttribute("d"));
    assertTrue(run.find());
    assertEquals(
        4, Integer.parseInt(run.group(1)), "the first finder pattern starts after the quiet zone");
    assertEquals(4, Integer.parseInt(run.group(2)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost:8080/fairs/12/stands/A3",
        "https://koinagora.gr/καταστήματα/αγρόκτημα-ζωής?περίπτερο=Α3&lang=el"
      })
  void scanningTheDrawnSvgGivesTheTextBack(String text) throws Exception {
    Element root = parse(QrCode.svg(text, "QR"));
    int size = Integer.parseInt(root.getAttribute("viewBox").split(" ")[2]);
    String d =
        ((Element) root.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").item(0))
            .getAttribute("d");

    assertEquals(text, QrScanner.scan(draw(d, size)));
  }

  @Test
  void emptyTextHasNoCode() {
    assertThrows(IllegalArgumentException.class, () -> QrCode.svg("", "QR"));
    assertThrows(IllegalArgumentException.class, () -> QrCode.modules(null));
  }

  private static Element parse(String svg) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
        .getDocumentElement();
  }

  /** Paints the path's runs the way a browser would, white everywhere else. */
  private static BufferedImage draw(String d, int size) {
    var picture =
        new BufferedImage(
            size * PIXELS_PER_MODULE, size * PIXELS_PER_MODULE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = picture.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, picture.getWidth(), picture.getHeight());
    g.setColor(Color.BLACK);
    Matcher run = RUN.matcher(d);
    int runs = 0;
    while (run.find()) {
      g.fillRect(
          Integer.parseInt(run.group(1)) * PIXELS_PER_MODULE,
          Integer.parseInt(run.group(2)) * PIXELS_PER_MODULE,
          Integer.parseInt(run.group(3)) * PIXELS_PER_MODULE,
          PIXELS_PER_MODULE);
      runs++;
    }
    g.dispose();
    assertTrue(runs > 20, "the path is made of runs");
    assertEquals("", RUN.matcher(d).replaceAll(""), "and of nothing else");
    return picture;
  }
}
