package org.koinagora.shared.documents;

/** What a list shows of a document, without its bytes; {@code url} downloads it. */
public record DocumentInfo(long id, String name, String contentType, int size, String url) {

  public static DocumentInfo of(long id, DocumentFile file, String url) {
    return new DocumentInfo(id, file.getName(), file.getContentType(), file.getSize(), url);
  }

  /** The size for people: "820 KB", "1.4 MB". */
  public String sizeText() {
    if (size < 1024 * 1024) {
      return Math.max(1, Math.round(size / 1024.0)) + " KB";
    }
    return String.format(java.util.Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0));
  }
}
