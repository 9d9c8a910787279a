package org.koinagora.shared.documents;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;

/** A document as kept: its checked name and type, its size and its bytes. */
@Embeddable
public class DocumentFile {

  @Column(name = "file_name", nullable = false, length = 120)
  private String name;

  @Column(name = "content_type", nullable = false, length = 40)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private int size;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "content", nullable = false)
  private byte[] content;

  protected DocumentFile() {}

  public DocumentFile(String name, String contentType, byte[] content) {
    this.name = name;
    this.contentType = contentType;
    this.size = content.length;
    this.content = content;
  }

  public String getName() {
    return name;
  }

  public String getContentType() {
    return contentType;
  }

  public int getSize() {
    return size;
  }

  public byte[] getContent() {
    return content;
  }
}
