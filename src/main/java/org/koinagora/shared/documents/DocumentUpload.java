package org.koinagora.shared.documents;

import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import org.koinagora.catalog.images.ImageProcessor;
import org.koinagora.catalog.images.ImageRejectedException;

/**
 * Checks an uploaded document: a PDF that opens (and is not password-protected), or a picture with
 * the same checks as listing pictures, re-encoded without its metadata. The type is decided by the
 * file's first bytes, never by its name or the type the client claims; the name is kept only as a
 * label, reduced to letters, digits and a few signs, with the extension of the type found.
 */
public final class DocumentUpload {

  public static final int MAX_BYTES = 5 * 1024 * 1024;
  public static final String PDF = "application/pdf";
  public static final String JPEG = "image/jpeg";
  private static final int NAME_MAX = 100;
  private static final ImageProcessor IMAGES = new ImageProcessor();

  private DocumentUpload() {}

  /** Reads at most one byte over the limit, so a larger body is refused without reading it all. */
  public static byte[] read(InputStream body) throws IOException {
    byte[] bytes = body.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw new DocumentRejectedException(413, "document.too_big");
    }
    return bytes;
  }

  public static DocumentFile check(String fileName, byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new DocumentRejectedException(400, "document.empty");
    }
    if (bytes.length > MAX_BYTES) {
      throw new DocumentRejectedException(413, "document.too_big");
    }
    if (isPdf(bytes)) {
      checkPdfOpens(bytes);
      return new DocumentFile(name(fileName, "pdf"), PDF, bytes);
    }
    if (ImageProcessor.looksLikePicture(bytes)) {
      try {
        return new DocumentFile(name(fileName, "jpg"), JPEG, IMAGES.document(bytes));
      } catch (ImageRejectedException e) {
        throw new DocumentRejectedException(e.status(), "document.broken");
      }
    }
    throw new DocumentRejectedException(415, "document.wrong_type");
  }

  private static boolean isPdf(byte[] bytes) {
    return bytes.length > 5 && new String(bytes, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-");
  }

  private static void checkPdfOpens(byte[] bytes) {
    PdfReader reader = null;
    try {
      reader = new PdfReader(bytes);
      if (reader.isEncrypted() || reader.getNumberOfPages() < 1) {
        throw new DocumentRejectedException(400, "document.pdf_locked");
      }
    } catch (IOException | RuntimeException | StackOverflowError e) {
      // a PDF built to exhaust the parser is as broken as a damaged one
      if (e instanceof DocumentRejectedException rejected) {
        throw rejected;
      }
      throw new DocumentRejectedException(400, "document.broken");
    } finally {
      if (reader != null) {
        reader.close();
      }
    }
  }

  /** The name without any folder, accents kept, other signs turned to "-", its extension fixed. */
  static String name(String given, String extension) {
    String base = given == null ? "" : given.strip();
    base = base.substring(Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\')) + 1);
    int dot = base.lastIndexOf('.');
    if (dot > 0) {
      base = base.substring(0, dot);
    }
    base =
        Normalizer.normalize(base, Normalizer.Form.NFC)
            .replaceAll("[^\\p{L}\\p{N} ._()-]+", "-")
            .replaceAll("^[ .-]+|[ .-]+$", "");
    if (base.isEmpty()) {
      base = "document";
    }
    if (base.length() > NAME_MAX) {
      base = base.substring(0, NAME_MAX);
    }
    return base + "." + extension.toLowerCase(Locale.ROOT);
  }
}
