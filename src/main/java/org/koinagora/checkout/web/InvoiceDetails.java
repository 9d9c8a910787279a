package org.koinagora.checkout.web;

import java.io.Serializable;
import org.koinagora.checkout.DocumentChoice;

/**
 * The document a buyer asks for at checkout: a receipt, or an invoice with the business's details.
 */
public class InvoiceDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  private String kind = DocumentChoice.DocumentKind.RECEIPT.name();
  private String afm;
  private String doy;
  private String name;
  private String activity;
  private String address;

  DocumentChoice choice() {
    return DocumentChoice.DocumentKind.INVOICE.name().equals(kind)
        ? new DocumentChoice(DocumentChoice.DocumentKind.INVOICE, afm, doy, name, activity, address)
        : DocumentChoice.RECEIPT;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getAfm() {
    return afm;
  }

  public void setAfm(String afm) {
    this.afm = afm;
  }

  public String getDoy() {
    return doy;
  }

  public void setDoy(String doy) {
    this.doy = doy;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getActivity() {
    return activity;
  }

  public void setActivity(String activity) {
    this.activity = activity;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }
}
