package org.koinagora.testsupport.mydata;

import java.util.Map;

/**
 * One request the myDATA stand-in received: method, path (without a leading {@code /myDATA}),
 * query, headers (looked up case-insensitively), body; {@code invoice} when the body was a readable
 * InvoicesDoc (accepted or not), {@code cancelledMark} for a CancelInvoice; the HTTP {@code status}
 * it was answered with and the {@code mark} it gave (the document's or the cancellation's), null
 * when it gave none.
 */
public record MyDataCall(
    String method,
    String path,
    String query,
    Map<String, String> headers,
    String body,
    SentInvoice invoice,
    Long cancelledMark,
    int status,
    Long mark) {

  public String header(String name) {
    return headers.get(name);
  }

  public String userId() {
    return header("aade-user-id");
  }

  public String subscriptionKey() {
    return header("Ocp-Apim-Subscription-Key");
  }

  public boolean isSendInvoices() {
    return "/SendInvoices".equals(path);
  }

  public boolean isCancelInvoice() {
    return "/CancelInvoice".equals(path);
  }
}
