package org.koinagora.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koinagora.testsupport.Browser;
import org.koinagora.testsupport.Client;
import org.koinagora.testsupport.Database;
import org.koinagora.testsupport.DeployedWarIT;
import org.koinagora.testsupport.Member;
import org.koinagora.testsupport.People;
import org.koinagora.testsupport.TestInfrastructure;
import org.koinagora.testsupport.stripe.StripeWebhooks;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A whole purchase in the browser: a guest paying by bank transfer, and a buyer paying by card
 * through Stripe's page.
 */
class CheckoutBrowserIT extends DeployedWarIT {

  static final String SECRET = "whsec_koinagora_it";

  WebDriver browser;

  @BeforeEach
  void open() {
    browser = Browser.open();
  }

  @AfterEach
  void close() {
    browser.quit();
  }

  static long listing(Member seller, String title, String price) {
    var created =
        seller
            .client()
            .postJson(
                "/api/v1/me/listings",
                """
                {"kind":"PRODUCT","title":{"el":"%s","en":"%s"},"description":{"el":"Χειροποίητο.","en":"Handmade."},
                 "price":"%s","vatRate":24,"unit":"PIECE","stock":8,"category":"food/honey","tags":["local"],"status":"ACTIVE"}
                """
                    .formatted(title, title, price),
                seller.token());
    assertEquals(201, created.statusCode(), created.body());
    return Client.json(created).getJsonNumber("id").longValue();
  }

  @Test
  void aGuestBuysTwoJarsPaysByBankTransferAndSeesTheSellerConfirmIt() throws Exception {
    Member seller = Member.of(base, "jars", true);
    long jam = listing(seller, "Γλυκό κουταλιού βύσσινο", "5.50");

    browser.get(base.resolve("products/" + jam + "?lang=el").toString());
    var quantity = browser.findElement(By.id("quantity"));
    quantity.clear();
    quantity.sendKeys("2");
    browser.findElement(By.cssSelector("form.add-to-cart button")).click();
    waitFor(d -> d.getCurrentUrl().contains("/cart"));
    assertTrue(
        browser.findElement(By.cssSelector(".messages")).getText().contains("Προστέθηκε"),
        browser.getCurrentUrl() + ": " + browser.findElement(By.tagName("main")).getText());
    assertTrue(
        browser.findElement(By.id("cart-total")).getText().contains("11,00"),
        browser.findElement(By.id("cart-total")).getText());
    Browser.assertAccessible(browser);

    browser.findElement(By.id("to-checkout")).click();
    waitFor(d -> d.getCurrentUrl().contains("/checkout"));
    Browser.assertAccessible(browser);
    browser.findElement(By.id("checkout:email")).sendKeys(People.newEmail("guest"));
    browser.findElement(By.id("checkout:name")).sendKeys("Ελένη Παπαδοπούλου");
    Browser.screenshot(browser, "checkout", 1280);
    browser.findElement(By.id("checkout:place")).click();
    waitFor(d -> d.getCurrentUrl().contains("/order?ref="));
    assertEquals("αναμένει πληρωμή", browser.findElement(By.id("order-status")).getText());
    assertTrue(
        browser.findElement(By.tagName("main")).getText().contains("Γλυκό κουταλιού βύσσινο"));
    Browser.assertAccessible(browser);
    Browser.screenshot(browser, "order", 1280);

    String orderPage = browser.getCurrentUrl();

    // the seller sees the order on its dashboard and records the transfer
    browser.manage().deleteAllCookies();
    Browser.signIn(browser, base, seller.email());
    browser.get(base.resolve("dashboard/enterprise").toString());
    assertTrue(
        browser
            .findElement(By.cssSelector("table.sales"))
            .getText()
            .contains("Ελένη Παπαδοπούλου"));
    Browser.assertAccessible(browser);
    browser.findElement(By.xpath("//a[contains(., 'Ελήφθη η πληρωμή για')]")).click();
    // asked once, saying who is told and what amount
    waitFor(d -> !d.findElements(By.id("confirm")).isEmpty());
    assertTrue(
        browser.findElement(By.id("confirm-text")).getText().contains("Ελένη Παπαδοπούλου"),
        browser.findElement(By.id("confirm-text")).getText());
    assertTrue(
        browser.findElement(By.id("confirm-text")).getText().contains("11,00"),
        browser.findElement(By.id("confirm-text")).getText());
    Browser.assertAccessible(browser);
    browser.findElement(By.xpath("//button[contains(., 'Ναι, ελήφθη η πληρωμή')]")).click();
    waitFor(
        d -> d.findElement(By.cssSelector(".messages")).getText().contains("Σημειώθηκε η πληρωμή"));
    Browser.screenshot(browser, "sales", 1280);
    browser.get(orderPage);
    assertEquals("πληρωμένη", browser.findElement(By.id("order-status")).getText());
    assertEquals(
        6, ((Number) Database.value("SELECT stock FROM listing WHERE id = ?", jam)).intValue());
  }

  @Test
  void aBuyerPaysByCardOnStripesPageAndTheWebhookMarksTheOrderPaid() throws Exception {
    var stripe = TestInfrastructure.stripe();
    stripe.deliverTo(base.resolve("api/v1/payments/stripe/webhook"), SECRET);
    Member seller = Member.of(base, "cards", true);
    seller
        .client()
        .postJson(
            "/api/v1/payments/stripe/enterprises/" + seller.enterpriseId() + "/onboarding",
            "{}",
            seller.token());
    String account =
        (String)
            Database.value(
                "SELECT account_id FROM stripe_connected_account WHERE party_kind = 'ENTERPRISE'"
                    + " AND party_id = ?",
                seller.enterpriseId());
    StripeWebhooks.deliver(
        base.resolve("api/v1/payments/stripe/webhook"), stripe.completeOnboarding(account), SECRET);
    long candle = listing(seller, "Κερί μέλισσας", "7.00");
    String email = People.newEmail("card-buyer");
    People.register(base, email, "Νίκος");

    Browser.signIn(browser, base, email);
    browser.get(base.resolve("products/" + candle).toString());
    browser.findElement(By.cssSelector("form.add-to-cart button")).click();
    waitFor(d -> d.getCurrentUrl().contains("/cart"));
    browser.findElement(By.id("to-checkout")).click();
    waitFor(d -> d.getCurrentUrl().contains("/checkout"));
    browser.findElement(By.xpath("//label[contains(., 'Κάρτα')]")).click();
    browser.findElement(By.id("checkout:place")).click();

    waitFor(d -> d.getCurrentUrl().startsWith(stripe.base() + "/pay/"));
    long orderId =
        ((Number) Database.value("SELECT MAX(id) FROM customer_order WHERE email = ?", email))
            .longValue();
    assertEquals(
        "PENDING_PAYMENT",
        Database.value("SELECT status FROM customer_order WHERE id = ?", orderId));
    browser.findElement(By.xpath("//button[normalize-space()='Pay']")).click();
    // Stripe sends the buyer back to the configured public address (http://koinagora.test in the
    // tests)
    waitFor(d -> d.getCurrentUrl().contains("/order?ref=") && d.getCurrentUrl().contains("paid=1"));
    String back = browser.getCurrentUrl();
    assertEquals(
        "PAID",
        Database.value("SELECT status FROM customer_order WHERE id = ?", orderId),
        "the webhook came in before the buyer returned");
    browser.get(base.resolve(back.substring(back.indexOf("order?ref="))).toString());
    assertEquals("πληρωμένη", browser.findElement(By.id("order-status")).getText());
    Browser.assertAccessible(browser);
  }

  @Test
  void aBuyerSeesTheDeliveryChargeOfTheirPostcodeBeforePlacingTheOrder() throws Exception {
    Member seller = Member.of(base, "sends", true);
    var terms =
        seller
            .client()
            .putJson(
                "/api/v1/me/delivery?enterprise=" + seller.enterpriseId(),
                "{\"rates\":[{\"zone\":\"OWN_REGION\",\"amount\":\"3.00\"},"
                    + "{\"zone\":\"MAINLAND\",\"amount\":\"6.50\"}]}",
                seller.token());
    assertEquals(200, terms.statusCode(), terms.body());
    long tea = listing(seller, "Μαλοτίρα", "4.00");

    browser.get(base.resolve("products/" + tea + "?lang=el").toString());
    browser.findElement(By.cssSelector("form.add-to-cart button")).click();
    waitFor(d -> d.getCurrentUrl().contains("/cart"));
    browser.findElement(By.id("to-checkout")).click();
    waitFor(d -> d.getCurrentUrl().contains("/checkout"));
    browser.findElement(By.cssSelector("input[type=radio][value=DELIVERY]")).click();
    Browser.waitForText(browser, By.cssSelector(".delivery-note"), "ταχυδρομικό");
    var postcode = browser.findElement(By.id("checkout:postcode"));
    postcode.sendKeys("84700");
    browser.findElement(By.id("checkout:city")).click();
    Browser.waitForText(browser, By.cssSelector(".delivery-note"), "δεν στέλνει");
    postcode.clear();
    postcode.sendKeys("105 63");
    browser.findElement(By.id("checkout:city")).click();
    Browser.waitForText(browser, By.cssSelector(".delivery-note"), "Μεταφορικά: 6,50");
    Browser.waitForText(browser, By.cssSelector(".checkout-total"), "10,50");
    Browser.assertAccessible(browser);
    Browser.screenshot(browser, "checkout-delivery", 390);

    browser.findElement(By.id("checkout:email")).sendKeys(People.newEmail("sent-to"));
    browser.findElement(By.id("checkout:name")).sendKeys("Γιώργος Αθηναίος");
    browser.findElement(By.id("checkout:street")).sendKeys("Ερμού 10");
    browser.findElement(By.id("checkout:city")).sendKeys("Αθήνα");
    // an invoice for a business: a wrong ΑΦΜ is said next to the field, and nothing typed is lost
    browser.findElement(By.cssSelector("input[type=radio][value=INVOICE]")).click();
    browser.findElement(By.id("checkout:invoiceAfm")).sendKeys("123456789");
    browser.findElement(By.id("checkout:invoiceDoy")).sendKeys("ΔΟΥ Α' Αθηνών");
    browser.findElement(By.id("checkout:invoiceName")).sendKeys("Καφενείο Η Πλατεία ΙΚΕ");
    browser.findElement(By.id("checkout:invoiceActivity")).sendKeys("Καφεστίαση");
    browser.findElement(By.id("checkout:invoiceAddress")).sendKeys("Ερμού 10, 10563 Αθήνα");
    browser.findElement(By.id("checkout:place")).click();
    Browser.waitForText(browser, By.id("checkout:invoiceAfm-msg"), "ΑΦΜ");
    assertEquals(
        "Καφενείο Η Πλατεία ΙΚΕ",
        browser.findElement(By.id("checkout:invoiceName")).getAttribute("value"));
    Browser.assertAccessible(browser);
    var afm = browser.findElement(By.id("checkout:invoiceAfm"));
    afm.clear();
    afm.sendKeys("090000045");
    browser.findElement(By.id("checkout:place")).click();
    waitFor(d -> d.getCurrentUrl().contains("/order?ref="));
    String main = browser.findElement(By.tagName("main")).getText();
    assertTrue(main.contains("Μεταφορικά") && main.contains("10,50"), main);
    Browser.assertAccessible(browser);

    // once the enterprise records the payment, the buyer's order links the invoice
    long part =
        ((Number)
                Database.value(
                    "SELECT p.id FROM order_part p JOIN customer_order o ON o.id = p.order_id"
                        + " WHERE p.enterprise_id = ? AND o.document_kind = 'INVOICE'",
                    seller.enterpriseId()))
            .longValue();
    assertEquals(
        200,
        seller
            .client()
            .postJson("/api/v1/me/sales/" + part + "/paid", "{}", seller.token())
            .statusCode());
    browser.navigate().refresh();
    var invoice = browser.findElement(By.cssSelector(".document-link a"));
    assertTrue(invoice.getText().contains("Τιμολόγιο T-1"), invoice.getText());
    Browser.screenshot(browser, "order-delivery", 1280);
  }

  private void waitFor(Function<WebDriver, Boolean> condition) throws Exception {
    try {
      new WebDriverWait(browser, Duration.ofSeconds(15))
          .ignoring(WebDriverException.class)
          .until(condition::apply);
    } catch (TimeoutException e) {
      Browser.screenshot(browser, "failed-waiting", 1280);
      throw new AssertionError(
          "still at "
              + browser.getCurrentUrl()
              + ", which says: "
              + browser.findElement(By.tagName("body")).getText(),
          e);
    }
  }
}
