package org.koinagora.invoicing.mydata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Talks to AADE's myDATA REST API (ERP channel): {@code POST {api-base}/SendInvoices} with an
 * {@code InvoicesDoc}, and {@code POST {api-base}/CancelInvoice?mark=} for a cancellation; headers
 * {@code aade-user-id} and {@code Ocp-Apim-Subscription-Key}. {@code koinagora.mydata.api-base}
 * defaults to AADE's production address.
 */
@ApplicationScoped
public class MyDataClient {

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

  @Inject
  @ConfigProperty(
      name = "koinagora.mydata.api-base",
      defaultValue = "https://mydatapi.aade.gr/myDATA")
  String apiBase;

  private volatile HttpClient http;

  public MyDataClient() {}

  /** A client for another address than the configured one (the tests' stand-in). */
  MyDataClient(String apiBase) {
    this.apiBase = apiBase;
  }

  /** Sends one document; its MARK, UID and QR address when accepted. */
  public MyDataReceipt send(MyDataCredentials credentials, MyDataInvoice invoice)
      throws MyDataException {
    String xml;
    try {
      xml = MyDataXml.invoicesDoc(invoice);
    } catch (IllegalArgumentException e) {
      throw new MyDataException("The document cannot go to myDATA: " + e.getMessage(), false, e);
    }
    String body = post(credentials, "SendInvoices", HttpRequest.BodyPublishers.ofString(xml));
    return MyDataXml.receipt(body);
  }

  /** Cancels a document sent before, by its MARK; the cancellation's own MARK. */
  public long cancel(MyDataCredentials credentials, long mark) throws MyDataException {
    String body =
        post(credentials, "CancelInvoice?mark=" + mark, HttpRequest.BodyPublishers.noBody());
    return MyDataXml.cancellationMark(body);
  }

  /** The answer's body when the status is 2xx; otherwise the right exception. */
  private String post(
      MyDataCredentials credentials, String action, HttpRequest.BodyPublisher content)
      throws MyDataException {
    if (credentials == null
        || isBlank(credentials.userId())
        || isBlank(credentials.subscriptionKey())) {
      throw new MyDataException("No myDATA credentials: user id and subscription key", false);
    }
    HttpRequest request =
        HttpRequest.newBuilder(endpoint(action))
            .timeout(REQUEST_TIMEOUT)
            .header("aade-user-id", credentials.userId())
            .header("Ocp-Apim-Subscription-Key", credentials.subscriptionKey())
            .header("Content-Type", "application/xml")
            .header("Accept", "application/xml")
            .POST(content)
            .build();
    HttpResponse<String> response;
    try {
      response = http().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new MyDataException("myDATA could not be reached: " + e, true, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MyDataException("Interrupted while waiting for myDATA", true, e);
    }
    return check(response.statusCode(), response.body());
  }

  private static String check(int status, String body) throws MyDataException {
    if (status >= 200 && status < 300) {
      return body;
    }
    if (status == 401 || status == 403) {
      throw new MyDataException(
          "myDATA refused the credentials (HTTP " + status + "): check the user id and key", false);
    }
    if (status == 429 || status >= 500) {
      throw new MyDataException("myDATA is unavailable for now (HTTP " + status + ")", true);
    }
    String errors = MyDataXml.errorsOf(body);
    throw new MyDataException(
        "myDATA answered HTTP " + status + (errors == null ? "" : ": " + errors), false);
  }

  private URI endpoint(String action) {
    String base = apiBase.endsWith("/") ? apiBase : apiBase + "/";
    return URI.create(base + action);
  }

  private HttpClient http() {
    HttpClient client = http;
    if (client == null) {
      synchronized (this) {
        client = http;
        if (client == null) {
          client =
              HttpClient.newBuilder()
                  .version(HttpClient.Version.HTTP_1_1)
                  .connectTimeout(CONNECT_TIMEOUT)
                  .followRedirects(HttpClient.Redirect.NEVER)
                  .build();
          http = client;
        }
      }
    }
    return client;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
