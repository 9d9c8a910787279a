package org.koinagora.shared.documents;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** The documents of a page's file field, checked; a field left empty gives none. */
public final class DocumentParts {

  private DocumentParts() {}

  public static List<DocumentFile> checked(List<Part> parts) {
    List<DocumentFile> files = new ArrayList<>();
    if (parts == null) {
      return files;
    }
    for (Part part : parts) {
      if (part == null || (part.getSize() == 0 && blank(part.getSubmittedFileName()))) {
        continue;
      }
      if (part.getSize() > DocumentUpload.MAX_BYTES) {
        throw new DocumentRejectedException(413, "document.too_big");
      }
      try (InputStream in = part.getInputStream()) {
        files.add(DocumentUpload.check(part.getSubmittedFileName(), in.readAllBytes()));
      } catch (IOException e) {
        throw new DocumentRejectedException(400, "document.broken");
      }
    }
    return files;
  }

  /** The document of a single file field; empty when none was chosen. */
  public static java.util.Optional<DocumentFile> one(Part part) {
    return checked(java.util.Collections.singletonList(part)).stream().findFirst();
  }

  private static boolean blank(String name) {
    return name == null || name.isBlank();
  }
}
