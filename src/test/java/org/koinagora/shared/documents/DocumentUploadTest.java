package org.koinagora.shared.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.koinagora.testsupport.Documents;
import org.koinagora.testsupport.Images;

class DocumentUploadTest {

  @Test
  void aPdfIsKeptAsSentUnderACleanName() {
    byte[] pdf = Documents.pdf("Όροι");
    DocumentFile file = DocumentUpload.check("C:\\Users\\x\\Όροι: σύμβασης?.PDF", pdf);
    assertEquals("Όροι- σύμβασης.pdf", file.getName());
    assertEquals(DocumentUpload.PDF, file.getContentType());
    assertEquals(pdf.length, file.getSize());
  }

  @Test
  void aPictureIsReencodedAsJpegWhateverItsName() {
    DocumentFile file = DocumentUpload.check("scan.pdf", Images.png(50, 40));
    assertEquals("scan.jpg", file.getName());
    assertEquals(DocumentUpload.JPEG, file.getContentType());
  }

  @Test
  void theTypeIsReadFromTheBytes() {
    assertEquals(
        415,
        assertThrows(
                DocumentRejectedException.class,
                () -> DocumentUpload.check("a.pdf", Images.executable()))
            .status());
    assertEquals(
        "document.broken",
        assertThrows(
                DocumentRejectedException.class,
                () -> DocumentUpload.check("a.pdf", Documents.brokenPdf()))
            .messageKey());
    assertEquals(
        "document.empty",
        assertThrows(
                DocumentRejectedException.class, () -> DocumentUpload.check("a.pdf", new byte[0]))
            .messageKey());
    assertEquals("document.pdf", DocumentUpload.name("../..", "pdf"));
  }
}
