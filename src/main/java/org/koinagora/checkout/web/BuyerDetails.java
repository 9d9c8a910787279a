package org.koinagora.checkout.web;

import java.io.Serializable;
import java.util.Map;
import org.koinagora.checkout.Address;
import org.koinagora.checkout.Contact;

/** Who an order is for and where it goes, as the checkout form edits them. */
public class BuyerDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * The order's fields as this form names them: a refusal is shown next to the field it is about.
   */
  static final Map<String, String> FIELD_IDS =
      Map.ofEntries(
          Map.entry("manualKind", "payment"),
          Map.entry("address.street", "street"),
          Map.entry("address.postcode", "postcode"),
          Map.entry("address.city", "city"),
          Map.entry("contact.email", "email"),
          Map.entry("contact.name", "name"),
          Map.entry("contact.phone", "phone"),
          Map.entry("document.afm", "invoiceAfm"),
          Map.entry("document.doy", "invoiceDoy"),
          Map.entry("document.name", "invoiceName"),
          Map.entry("document.activity", "invoiceActivity"),
          Map.entry("document.address", "invoiceAddress"));

  private String email;
  private String name;
  private String phone;
  private String street;
  private String postcode;
  private String city;

  /** Fills in what the signed-in person's account already says, keeping what was typed. */
  void fillBlanks(String accountEmail, String accountName) {
    email = email == null ? accountEmail : email;
    name = name == null ? accountName : name;
  }

  Contact contact() {
    return new Contact(email, name, phone);
  }

  Address address() {
    return new Address(street, postcode, city);
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getStreet() {
    return street;
  }

  public void setStreet(String street) {
    this.street = street;
  }

  public String getPostcode() {
    return postcode;
  }

  public void setPostcode(String postcode) {
    this.postcode = postcode;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }
}
