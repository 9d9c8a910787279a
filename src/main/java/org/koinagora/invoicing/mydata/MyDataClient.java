package org.koinagora.invoicing.mydata;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Talks to AADE's myDATA REST API (ERP channel): {@code POST {api-base}/SendInvoices} with an
 * {@code InvoicesDoc}, and {@code POST {api-base}/CancelInvoice?mark=} for a cancellation; headers
 * {@code aade-user-id} and {@code Ocp-Apim-Subscription-Key}. {@code koinagora.mydata.api-base}
 * defaults to AADE's production address.
 */
@ApplicationScoped
public class MyDataClient {

  /** Sends one document; its MARK, UID and QR address when accepted. */
  public MyDataReceipt send(MyDataCredentials credentials, MyDataInvoice invoice)
      throws MyDataException {
    throw new MyDataException("not implemented yet", true);
  }

  /** Cancels a document sent before, by its MARK; the cancellation's own MARK. */
  public long cancel(MyDataCredentials credentials, long mark) throws MyDataException {
    throw new MyDataException("not implemented yet", true);
  }
}
