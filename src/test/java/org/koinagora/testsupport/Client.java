package org.koinagora.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One visitor: keeps its cookies, comes from its own (forwarded) address, speaks the JSON API and
 * submits Faces forms the way a browser does.
 */
public final class Client {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

  private final URI base;
  private final HttpClient http;
  private final CookieManager cookies = new CookieManager();
  private final String address;
  private String language = "el";

  public Client(URI base) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            // as a browser speaks to a plain-HTTP site; Java's default upgrades to HTTP/2 (h2c),
            // whose connection Grizzly drops under concurrent streams ("EOF reached while reading")
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    var random = ThreadLocalRandom.current();
    this.address =
        "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
  }

  public Client english() {
    language = "en";
    return this;
  }

  public URI uri(String path) {
    return base.resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  public HttpResponse<String> get(String path, String... headers) {
    return send(request(path, headers).GET());
  }

  /** GET following redirects, as a browser would. */
  public HttpResponse<String> browse(String path) {
    HttpResponse<String> response = get(path);
    for (int hops = 0; hops < 5 && isRedirect(response); hops++) {
      response = get(location(response));
    }
    return response;
  }

  public HttpResponse<String> postJson(String path, String json, String token) {
    return send(
        withToken(request(path, "Content-Type", "application/json"), token)
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** The same with more headers (name, value, …). */
  public HttpResponse<String> postJson(String path, String json, String token, String... headers) {
    String[] all = new String[headers.length + 2];
    all[0] = "Content-Type";
    all[1] = "application/json";
    System.arraycopy(headers, 0, all, 2, headers.length);
    return send(
        withToken(request(path, all), token).POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> putJson(String path, String json, String token) {
    return send(
        withToken(request(path, "Content-Type", "application/json"), token)
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> postBytes(
      String path, byte[] body, String contentType, String token) {
    return send(
        withToken(request(path, "Content-Type", contentType), token)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /**
   * A POST as another site's page could send it: the body and content type it chooses, the headers
   * its browser adds, no token.
   */
  public HttpResponse<String> post(
      String path, String contentType, String body, String... headers) {
    var builder = request(path, headers).header("Content-Type", contentType);
    return send(builder.POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public HttpResponse<byte[]> getBytes(String path, String... headers) {
    try {
      return http.send(
          request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> getJson(String path, String token) {
    return send(withToken(request(path, "Accept", "application/json"), token).GET());
  }

  public HttpResponse<String> delete(String path, String token) {
    return send(withToken(request(path), token).DELETE());
  }

  public HttpResponse<String> postForm(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        request(path, "Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /**
   * Opens a page, fills in the form with the given id (field names without the form prefix) and
   * presses the button; follows the redirect that a successful action sends.
   */
  public HttpResponse<String> submit(
      String page, String formId, Map<String, String> fields, String button) {
    HttpResponse<String> response = prepare(page, formId, fields, button).get();
    return isRedirect(response) ? browse(location(response)) : response;
  }

  /**
   * As {@link #submit}, also sending the form's plain hidden inputs (named without the form's
   * prefix, as {@code <input type="hidden" name="id">}) that a browser would send.
   */
  public HttpResponse<String> submit(
      String page,
      String formId,
      Map<String, String> fields,
      String button,
      Map<String, String> hidden) {
    HttpResponse<String> response = prepare(page, formId, fields, button, hidden).get();
    return isRedirect(response) ? browse(location(response)) : response;
  }

  public Supplier<HttpResponse<String>> prepare(
      String page, String formId, Map<String, String> fields, String button) {
    return prepare(page, formId, fields, button, Map.of());
  }

  /**
   * What {@link #submit} sends, ready to be sent later, and more than once (at the same moment, in
   * a race); redirects not followed.
   */
  public Supplier<HttpResponse<String>> prepare(
      String page,
      String formId,
      Map<String, String> fields,
      String button,
      Map<String, String> hidden) {
    HttpResponse<String> form = browse(page);
    String html = form.body();
    Matcher action =
        Pattern.compile(
                "<form id=\"((?:[^\"]*:)?" + Pattern.quote(formId) + ")\"[^>]*action=\"([^\"]+)\"")
            .matcher(html);
    if (!action.find()) {
      throw new AssertionError("No form " + formId + " on " + page + ":\n" + html);
    }
    String clientId = action.group(1);
    int formStart = action.start();
    Matcher state = VIEW_STATE.matcher(html);
    if (!state.find(formStart)) {
      throw new AssertionError("No view state in form " + formId);
    }
    Map<String, String> values = new LinkedHashMap<>();
    values.put(clientId, clientId);
    fields.forEach((name, value) -> values.put(clientId + ":" + name, value));
    values.put(clientId + ":" + button, "");
    values.putAll(hidden);
    values.put("jakarta.faces.ViewState", unescape(state.group(1)));
    // what PrimeFaces' script adds to every submitted form under its Content-Security-Policy
    Matcher nonce = NONCE.matcher(html);
    if (nonce.find()) {
      values.put("primefaces.nonce", nonce.group(1));
    }
    String target = unescape(action.group(2));
    return () -> postForm(target, values);
  }

  public static JsonObject json(HttpResponse<String> response) {
    return (JsonObject) parse(response.body());
  }

  public static JsonStructure parse(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.read();
    }
  }

  public String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  public boolean hasCookie(String name) {
    return cookies.getCookieStore().getCookies().stream().anyMatch(c -> c.getName().equals(name));
  }

  public static boolean isRedirect(HttpResponse<?> response) {
    return response.statusCode() / 100 == 3;
  }

  public static String location(HttpResponse<?> response) {
    return response.headers().firstValue("Location").orElseThrow();
  }

  private HttpRequest.Builder request(String path, String... headers) {
    URI target = path.startsWith("http") ? URI.create(path) : uri(path);
    var builder =
        HttpRequest.newBuilder(target)
            .timeout(Duration.ofSeconds(60))
            .header("X-Forwarded-For", address)
            .header("Accept-Language", language);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return builder;
  }

  private static HttpRequest.Builder withToken(HttpRequest.Builder builder, String token) {
    return token == null ? builder : builder.header("Authorization", "Bearer " + token);
  }

  private HttpResponse<String> send(HttpRequest.Builder builder) {
    try {
      return http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
  }

  private static String unescape(String html) {
    return html.replace("&amp;", "&").replace("&#58;", ":");
  }
}
