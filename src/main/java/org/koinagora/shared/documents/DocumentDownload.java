package org.koinagora.shared.documents;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A document sent to the browser as a download that is never shown inline or cached: the type the
 * upload was checked to be, and a sandbox, so a crafted file cannot run as the site.
 */
public final class DocumentDownload {

  private DocumentDownload() {}

  public static Response of(String name, String contentType, byte[] content) {
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
    return Response.ok(content, contentType)
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  public static Response of(DocumentFile file) {
    return of(file.getName(), file.getContentType(), file.getContent());
  }
}
