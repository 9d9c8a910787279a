package org.koinagora.shared.web;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.koinagora.shared.i18n.Language;

/**
 * Serves public storefront pages to anonymous visitors from the {@link PageCache}. The page is the
 * same for every anonymous visitor; a visitor with a session (signed in, or filling a form) or an
 * API caller always gets a fresh render. Each visitor gets a fresh script nonce, written into the
 * stored page and its Content-Security-Policy where the render had its own.
 */
@WebFilter(filterName = "PageCacheFilter")
public class PageCacheFilter extends HttpFilter {

  @Inject private PageCache cache;

  @Inject @Any private Instance<PageRoutes> features;

  /** What the features declare cacheable ({@link PageRoutes#cacheablePrefixes}). */
  private List<String> publicPrefixes;

  @Override
  public void init() {
    publicPrefixes =
        features.stream().flatMap(feature -> feature.cacheablePrefixes().stream()).toList();
  }

  /** Pages being rendered anew; meanwhile others get the page just expired, not a pile-up. */
  private final Set<String> refreshing = ConcurrentHashMap.newKeySet();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!cacheable(request)) {
      chain.doFilter(request, response);
      return;
    }
    String key =
        Language.of(request).code()
            + " "
            + request.getRequestURI()
            + "?"
            + request.getQueryString();
    long now = System.currentTimeMillis();
    PageCache.Page page = cache.get(key);
    boolean fresh = page != null && page.expires() >= now;
    boolean staleWhileOthersRender = page != null && !fresh && !refreshing.add(key);
    boolean rendered = !fresh && !staleWhileOthersRender;
    if (rendered) {
      if (page == null) {
        refreshing.add(key);
      }
      try {
        long changeCount = cache.changeCount();
        var capture = new CapturingResponse(response);
        chain.doFilter(request, capture);
        if (!capture.storable()) {
          capture.copyTo(response);
          return;
        }
        page =
            cache.put(
                key,
                changeCount,
                capture.getContentType(),
                capture.getHeader("Content-Security-Policy"),
                capture.body(),
                PageCache.declaredTags(request));
      } finally {
        refreshing.remove(key);
      }
    }
    serve(page, !rendered, now, response);
  }

  /** Sends the page with a fresh nonce; a stored one with an Age header (RFC 9111). */
  private static void serve(
      PageCache.Page page, boolean fromStore, long now, HttpServletResponse response)
      throws IOException {
    page.lastServed().set(now);
    if (fromStore) {
      response.setHeader("Age", Long.toString(Math.max(0, now - page.rendered()) / 1000));
    }
    response.setContentType(page.contentType());
    byte[] body = page.body();
    if (page.nonce() == null) {
      if (page.policy() != null) {
        response.setHeader("Content-Security-Policy", page.policy());
      }
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
      return;
    }
    String nonce = Nonces.fresh();
    byte[] nonceBytes = nonce.getBytes(StandardCharsets.US_ASCII);
    response.setHeader("Content-Security-Policy", page.policy().replace(page.nonce(), nonce));
    int[] at = page.nonceAt();
    int oldLength = page.nonce().length();
    response.setContentLength(body.length + at.length * (nonceBytes.length - oldLength));
    var out = response.getOutputStream();
    int from = 0;
    for (int position : at) {
      out.write(body, from, position - from);
      out.write(nonceBytes);
      from = position + oldLength;
    }
    out.write(body, from, body.length - from);
  }

  private boolean cacheable(HttpServletRequest request) {
    if (!cache.enabled()
        || !"GET".equals(request.getMethod())
        || request.getHeader("Authorization") != null
        || request.getParameter(Language.PARAMETER) != null
        || request.getParameter("problem") != null
        || request.getRequestedSessionId() != null) {
      return false;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/") || publicPrefixes.stream().anyMatch(path::startsWith);
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
    public void addCookie(Cookie cookie) {
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
