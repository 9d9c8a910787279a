package org.koinagora.testsupport.mydata;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Plays AADE's myDATA REST API (ERP channel) on a local port for the real {@code MyDataClient}:
 * {@code POST /SendInvoices} checks the two credential headers (else 401), reads the InvoicesDoc,
 * makes myDATA's basic checks and answers a ResponseDoc with a MARK, UID and QR address, or a
 * ValidationError; {@code POST /CancelInvoice?mark=} cancels a MARK it issued; {@code GET /qr}
 * shows a MARK as the QR code's page would. Every request is recorded; {@link #failNext} makes the
 * next calls fail with an HTTP status. Point the client at {@link #base()}.
 */
public final class MyDataStub implements AutoCloseable {

  /** The credentials the stand-in accepts unless told of others ({@link #allow}). */
  public static final String USER_ID = "koinagora-it";

  public static final String SUBSCRIPTION_KEY = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";

  /** The first MARK it gives, as real MARKs look (15 digits). */
  public static final long FIRST_MARK = 400001000000001L;

  private static final Charset GREEK = Charset.forName("ISO-8859-7");

  private final HttpServer server;
  private final ExecutorService threads =
      Executors.newCachedThreadPool(
          runnable -> {
            Thread thread = new Thread(runnable, "mydata-stub");
            thread.setDaemon(true);
            return thread;
          });
  private final List<MyDataCall> calls = new CopyOnWriteArrayList<>();
  private final Map<String, String> credentials = new ConcurrentHashMap<>();
  private final AtomicLong marks = new AtomicLong(FIRST_MARK);
  private final Set<Long> issued = ConcurrentHashMap.newKeySet();
  private final Map<Long, Long> cancelled = new ConcurrentHashMap<>();
  private final Deque<Integer> failures = new ArrayDeque<>();

  private MyDataStub(HttpServer server) {
    this.server = server;
    credentials.put(USER_ID, SUBSCRIPTION_KEY);
    server.createContext("/", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  /** On any free port. */
  public static MyDataStub start() {
    return start(0);
  }

  /** On a given port (the integration tests' {@code it.mydata.port}); 0 for any free one. */
  public static MyDataStub start(int port) {
    try {
      return new MyDataStub(
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code http://127.0.0.1:<port>}, without a trailing slash, as the client's API base. */
  public String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  /** Accepts this user id and key as well (each enterprise of a test may have its own). */
  public void allow(String userId, String subscriptionKey) {
    credentials.put(userId, subscriptionKey);
  }

  /** Answers the next {@code n} calls (with valid credentials) with this HTTP status, no body. */
  public synchronized void failNext(int n, int httpStatus) {
    for (int i = 0; i < n; i++) {
      failures.add(httpStatus);
    }
  }

  /** Every request so far, oldest first. */
  public List<MyDataCall> calls() {
    return List.copyOf(calls);
  }

  /** The documents it accepted (a MARK was given), oldest first. */
  public List<SentInvoice> accepted() {
    return calls.stream()
        .filter(call -> call.isSendInvoices() && call.mark() != null)
        .map(MyDataCall::invoice)
        .toList();
  }

  /** The documents an issuer sent that were read, accepted or not, oldest first. */
  public List<SentInvoice> sentBy(String issuerVat) {
    return calls.stream()
        .map(MyDataCall::invoice)
        .filter(invoice -> invoice != null && issuerVat.equals(invoice.issuerVat()))
        .toList();
  }

  /** The MARKs cancelled so far, with the cancellations' own MARKs. */
  public Map<Long, Long> cancellations() {
    return Map.copyOf(cancelled);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String path = exchange.getRequestURI().getPath();
      if (path.startsWith("/myDATA/")) {
        path = path.substring("/myDATA".length());
      }
      Request request =
          new Request(
              exchange.getRequestMethod(),
              path,
              exchange.getRequestURI().getRawQuery(),
              Collections.unmodifiableMap(headers),
              body);
      Answer answer;
      try {
        answer = answer(request);
      } catch (RuntimeException e) {
        answer = new Answer(500, "text/plain", "myDATA stub: " + e, null);
      }
      calls.add(
          new MyDataCall(
              request.method(),
              request.path(),
              request.query(),
              request.headers(),
              body,
              "/SendInvoices".equals(path) ? readable(body) : null,
              "/CancelInvoice".equals(path) ? number(request.param("mark")) : null,
              answer.status(),
              answer.mark()));
      answer.send(exchange);
    } finally {
      exchange.close();
    }
  }

  private record Request(
      String method, String path, String query, Map<String, String> headers, String body) {

    String param(String name) {
      if (query == null) {
        return null;
      }
      for (String pair : query.split("&")) {
        int equals = pair.indexOf('=');
        if (equals > 0 && pair.substring(0, equals).equals(name)) {
          return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
        }
      }
      return null;
    }
  }

  private record Answer(int status, String contentType, String body, Long mark) {

    static Answer xml(String body) {
      return new Answer(200, "application/xml; charset=utf-8", body, null);
    }

    static Answer xml(String body, long mark) {
      return new Answer(200, "application/xml; charset=utf-8", body, mark);
    }

    void send(HttpExchange exchange) throws IOException {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      if (contentType != null) {
        exchange.getResponseHeaders().set("Content-Type", contentType);
      }
      exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private Answer answer(Request request) {
    if ("GET".equals(request.method()) && "/qr".equals(request.path())) {
      return new Answer(
          200,
          "text/html; charset=utf-8",
          "<!DOCTYPE html><title>myDATA</title><p>MARK " + escape(request.param("mark")),
          null);
    }
    String userId = request.headers().get("aade-user-id");
    String key = request.headers().get("Ocp-Apim-Subscription-Key");
    if (userId == null || key == null || !key.equals(credentials.get(userId))) {
      // AADE's gateway answers this itself, in JSON
      return new Answer(
          401,
          "application/json",
          "{\"statusCode\":401,\"message\":\"Access denied due to invalid subscription key."
              + " Make sure to provide a valid key for an active subscription.\"}",
          null);
    }
    Integer failure = nextFailure();
    if (failure != null) {
      return new Answer(failure, null, "", null);
    }
    if ("POST".equals(request.method()) && "/SendInvoices".equals(request.path())) {
      return sendInvoices(request.body());
    }
    if ("POST".equals(request.method()) && "/CancelInvoice".equals(request.path())) {
      return cancelInvoice(request.param("mark"));
    }
    return new Answer(404, "text/plain", "Resource not found", null);
  }

  private static SentInvoice readable(String body) {
    try {
      return SentInvoice.parse(body);
    } catch (SentInvoice.Unreadable e) {
      return null;
    }
  }

  private static Long number(String text) {
    try {
      return text == null ? null : Long.valueOf(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private synchronized Integer nextFailure() {
    return failures.poll();
  }

  private Answer sendInvoices(String body) {
    SentInvoice sent;
    try {
      sent = SentInvoice.parse(body);
    } catch (SentInvoice.Unreadable e) {
      return Answer.xml(error("XMLSyntaxError", "101", e.getMessage()));
    }
    List<String> problems = sent.problems();
    if (!problems.isEmpty()) {
      return Answer.xml(error("ValidationError", "102", String.join("; ", problems)));
    }
    long mark = marks.getAndIncrement();
    issued.add(mark);
    String uid = uid(sent);
    return Answer.xml(
        responseDoc(
            "<invoiceUid>"
                + uid
                + "</invoiceUid><invoiceMark>"
                + mark
                + "</invoiceMark><qrUrl>"
                + escape(base() + "/qr?mark=" + mark)
                + "</qrUrl><statusCode>Success</statusCode>"),
        mark);
  }

  private Answer cancelInvoice(String markParam) {
    long mark;
    try {
      mark = Long.parseLong(markParam);
    } catch (NumberFormatException e) {
      return Answer.xml(error("ValidationError", "103", "mark is not a number: " + markParam));
    }
    if (!issued.contains(mark)) {
      return Answer.xml(
          error("ValidationError", "104", "Invoice with mark " + mark + " not found"));
    }
    Long cancellation;
    synchronized (cancelled) {
      cancellation = cancelled.containsKey(mark) ? null : marks.getAndIncrement();
      if (cancellation != null) {
        cancelled.put(mark, cancellation);
      }
    }
    if (cancellation == null) {
      return Answer.xml(
          error("ValidationError", "105", "Invoice with mark " + mark + " already cancelled"));
    }
    return Answer.xml(
        responseDoc(
            "<cancellationMark>"
                + cancellation
                + "</cancellationMark><statusCode>Success</statusCode>"),
        cancellation);
  }

  /**
   * As AADE forms it: SHA-1 of issuer ΑΦΜ, date, branch, type, series and number joined by '-', the
   * series in ISO-8859-7, upper-case hex (as github.com/firebed/aade-mydata's GenerateUid).
   */
  static String uid(SentInvoice sent) {
    String joined =
        String.join(
            "-",
            sent.issuerVat(),
            sent.issueDate(),
            Integer.toString(sent.issuerBranch()),
            sent.invoiceType(),
            sent.series(),
            sent.aa());
    try {
      byte[] hash = MessageDigest.getInstance("SHA-1").digest(joined.getBytes(GREEK));
      return HexFormat.of().withUpperCase().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String error(String status, String code, String message) {
    // the XSD's order: errors, then statusCode
    return responseDoc(
        "<errors><error><message>"
            + escape(message)
            + "</message><code>"
            + code
            + "</code></error></errors><statusCode>"
            + status
            + "</statusCode>");
  }

  private static String responseDoc(String content) {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
        + "<ResponseDoc xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        + " xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\"><response><index>1</index>"
        + content
        + "</response></ResponseDoc>";
  }

  private static String escape(String text) {
    return text == null
        ? ""
        : text.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;");
  }
}
