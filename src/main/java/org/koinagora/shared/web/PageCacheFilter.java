package org.koinagora.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;
import org.koinagora.shared.i18n.Language;

/**
 * Serves public storefront pages to anonymous visitors from memory for a couple of seconds. The
 * page is the same for every anonymous visitor; a visitor with a session (signed in, or filling a
 * form) or an API caller always gets a fresh render. The stored Content-Security-Policy is replayed
 * with its page, so the script nonce still matches; it changes with every render, which happens at
 * least every {@code koinagora.page-cache.seconds} (default 2, 0 turns the cache off).
 */
@WebFilter(filterName = "PageCacheFilter")
public class PageCacheFilter extends HttpFilter {

  private static final int MAX_ENTRIES = 2_000;
  private static final List<String> PUBLIC_PREFIXES =
      List.of("/products/", "/categories/", "/enterprises", "/about", "/accessibility", "/privacy");

  private record Page(long expires, String contentType, String policy, byte[] body) {}

  private final Map<String, Page> pages = new ConcurrentHashMap<>();
  /** Pages being rendered anew; meanwhile others get the page just expired, not a pile-up. */
  private final Set<String> refreshing = ConcurrentHashMap.newKeySet();
  private long lifetimeMillis;

  @Override
  public void init() {
    lifetimeMillis =
        1000L
            * ConfigProvider.getConfig()
                .getOptionalValue("koinagora.page-cache.seconds", Integer.class)
                .orElse(2);
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!cacheable(request)) {
      chain.doFilter(request, response);
      return;
    }
    String key = Language.of(request).code() + " " + request.getRequestURI() + "?" + request.getQueryString();
    long now = System.currentTimeMillis();
    Page page = pages.get(key);
    boolean fresh = page != null && page.expires() >= now;
    boolean staleWhileOthersRender = page != null && !fresh && !refreshing.add(key);
    if (!fresh && !staleWhileOthersRender) {
      if (page == null) {
        refreshing.add(key);
      }
      try {
        var capture = new CapturingResponse(response);
        chain.doFilter(request, capture);
        if (!capture.storable()) {
          capture.copyTo(response);
          return;
        }
        page = new Page(now + lifetimeMillis, capture.getContentType(), capture.getHeader("Content-Security-Policy"), capture.body());
        if (pages.size() >= MAX_ENTRIES) {
          pages.values().removeIf(old -> old.expires() < now);
          if (pages.size() >= MAX_ENTRIES) {
            pages.clear();
          }
        }
        pages.put(key, page);
      } finally {
        refreshing.remove(key);
      }
    }
    response.setContentType(page.contentType());
    if (page.policy() != null) {
      response.setHeader("Content-Security-Policy", page.policy());
    }
    response.setContentLength(page.body().length);
    response.getOutputStream().write(page.body());
  }

  private boolean cacheable(HttpServletRequest request) {
    if (lifetimeMillis <= 0
        || !"GET".equals(request.getMethod())
        || request.getHeader("Authorization") != null
        || request.getParameter(Language.PARAMETER) != null
        || request.getRequestedSessionId() != null) {
      return false;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/") || PUBLIC_PREFIXES.stream().anyMatch(path::startsWith);
  }

  /** Keeps what the page wrote, to store it and send it. */
  private static final class CapturingResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
    private PrintWriter writer;
    private ServletOutputStream stream;
    private int status = SC_OK;
    private boolean cookieSet;
    private boolean errorSent;

    CapturingResponse(HttpServletResponse response) {
      super(response);
    }

    boolean storable() {
      return status == SC_OK && !cookieSet && !isCommitted();
    }

    byte[] body() {
      if (writer != null) {
        writer.flush();
      }
      return buffer.toByteArray();
    }

    /** Sends what was written, unless an error or redirect already answered the request. */
    void copyTo(HttpServletResponse response) throws IOException {
      byte[] body = body();
      if (errorSent || body.length == 0) {
        return;
      }
      if (!response.isCommitted()) {
        response.setContentLength(body.length);
      }
      response.getOutputStream().write(body);
    }

    @Override
    public void setStatus(int sc) {
      status = sc;
      super.setStatus(sc);
    }

    @Override
    public void sendError(int sc) throws IOException {
      status = sc;
      errorSent = true;
      super.sendError(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
      status = sc;
      errorSent = true;
      super.sendError(sc, msg);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      status = SC_FOUND;
      errorSent = true;
      super.sendRedirect(location);
    }

    @Override
    public void addCookie(jakarta.servlet.http.Cookie cookie) {
      cookieSet = true;
      super.addCookie(cookie);
    }

    @Override
    public void setContentLength(int len) {
      // the length is set once the whole body is known
    }

    @Override
    public void setContentLengthLong(long len) {
      // the length is set once the whole body is known
    }

    @Override
    public void flushBuffer() {
      // nothing reaches the client before the page is complete
    }

    @Override
    public ServletOutputStream getOutputStream() {
      if (stream == null) {
        stream =
            new ServletOutputStream() {
              @Override
              public void write(int b) {
                buffer.write(b);
              }

              @Override
              public void write(byte[] b, int off, int len) {
                buffer.write(b, off, len);
              }

              @Override
              public boolean isReady() {
                return true;
              }

              @Override
              public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException();
              }
            };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        writer = new PrintWriter(new OutputStreamWriter(buffer, charset), false);
      }
      return writer;
    }
  }
}
