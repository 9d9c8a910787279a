package org.koinagora.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koinagora.testsupport.Browser;
import org.koinagora.testsupport.Database;
import org.koinagora.testsupport.DeployedWarIT;
import org.koinagora.testsupport.Documents;
import org.koinagora.testsupport.Member;
import org.koinagora.testsupport.Organiser;
import org.koinagora.testsupport.People;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * A municipality publishes a call, two enterprises make sealed offers on their phones, the deadline
 * passes, and the municipality compares the offers and awards the call in public; axe on every
 * page, valid HTML, and the public pages fit a phone.
 */
class CallsBrowserIT extends DeployedWarIT {

  WebDriver browser;

  @BeforeEach
  void open() {
    browser = Browser.open();
  }

  @AfterEach
  void close() {
    browser.quit();
  }

  @Test
  void aCallIsPublishedTwoEnterprisesOfferTheDeadlinePassesAndTheAwardIsPublic() throws Exception {
    Organiser staff = Organiser.of(base, "browsercalls");
    Member first = Member.of(base, "browsercalls-first", true);
    Member second = Member.of(base, "browsercalls-second", true);

    // the municipality writes the call on a computer, is told what is missing, then publishes
    browser.manage().window().setSize(new Dimension(1280, 900));
    Browser.signIn(browser, base, staff.email());
    browser.get(base.resolve("dashboard/municipality").toString());
    browser.findElement(By.linkText("Σύνταξη και διαχείριση προσκλήσεων")).click();
    Browser.assertAccessible(browser);
    Browser.assertValidHtml(browser);
    browser.findElement(By.id("call:save")).click();
    Browser.waitFor(browser, By.id("call:titleEl-msg"), "Δώστε τον τίτλο στα ελληνικά.");
    Browser.assertAccessible(browser);
    browser.findElement(By.id("call:titleEl")).sendKeys("Καθαρισμός παιδικών σταθμών");
    browser
        .findElement(By.id("call:descriptionEl"))
        .sendKeys("Καθημερινός καθαρισμός τεσσάρων παιδικών σταθμών.");
    new Select(browser.findElement(By.id("call:category"))).selectByValue("services/cleaning");
    browser.findElement(By.id("call:budget")).sendKeys("24000");
    setValue("call:questionDeadline", athens(3));
    setValue("call:offerDeadline", athens(6));
    browser.findElement(By.id("call:save")).click();
    Browser.waitFor(browser, By.cssSelector(".messages"), "Η πρόσκληση αποθηκεύτηκε ως σχέδιο.");
    Browser.assertAccessible(browser);
    browser.findElement(By.id("publish:publish-call")).click();
    Browser.waitFor(browser, By.cssSelector(".messages"), "Η πρόσκληση δημοσιεύτηκε");
    Browser.assertAccessible(browser);
    Browser.assertValidHtml(browser);
    long callId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    // its specification, public with the call
    browser.findElement(By.id("documents:add-document")).click();
    Browser.waitFor(browser, By.id("documents:upload-msg"), "Επιλέξτε πρώτα ένα αρχείο.");
    browser
        .findElement(By.id("documents:upload"))
        .sendKeys(Browser.file("prodiagrafes.pdf", Documents.pdf("Τεχνικές προδιαγραφές")));
    browser.findElement(By.id("documents:add-document")).click();
    Browser.waitFor(browser, By.id("call-documents"), "prodiagrafes.pdf");
    Browser.assertAccessible(browser);
    Browser.assertValidHtml(browser);

    // two enterprises offer from their phones; each reads only its own offer
    browser.manage().window().setSize(new Dimension(390, 844));
    offer(first, callId, "23100.00", "Τέσσερα άτομα με οικολογικά υλικά.", null);
    offer(second, callId, "22850,50", "Πέντε άτομα, πρωινή βάρδια.", "texniki-prosfora.pdf");
    assertFalse(browser.getPageSource().contains("Τέσσερα άτομα"), "the other's note is sealed");

    // before the deadline the municipality sees the number of offers only
    browser.manage().window().setSize(new Dimension(1280, 900));
    Browser.signIn(browser, base, staff.email());
    browser.get(base.resolve("dashboard/calls?id=" + callId).toString());
    Browser.waitFor(browser, By.id("offer-count"), "2");
    assertFalse(
        browser.getPageSource().contains("22850") || browser.getPageSource().contains("22.850"));
    assertFalse(browser.getPageSource().contains("Πέντε άτομα"));
    assertFalse(browser.getPageSource().contains("texniki-prosfora.pdf"), "its documents too");

    // the deadline passes: the offers are compared side by side and one is awarded
    Database.update(
        "UPDATE reserved_call SET question_deadline = NOW(6) - INTERVAL 2 DAY, offer_deadline ="
            + " NOW(6) - INTERVAL 1 SECOND WHERE id = ?",
        callId);
    browser.get(base.resolve("dashboard/calls?id=" + callId).toString());
    Browser.waitFor(browser, By.cssSelector(".offers-compared"), "Πέντε άτομα, πρωινή βάρδια.");
    Browser.assertAccessible(browser);
    Browser.assertValidHtml(browser);
    assertTrue(browser.getPageSource().contains("texniki-prosfora.pdf"), "now unsealed");
    Browser.screenshot(browser, "calls-compare", 1280);
    browser.findElement(By.id("award:award-call")).click();
    Browser.waitFor(browser, By.id("award:reason-msg"), "Δώστε την αιτιολογία της κατακύρωσης");
    Browser.assertAccessible(browser);
    new Select(browser.findElement(By.id("award:offerId"))).selectByIndex(1);
    browser.findElement(By.id("award:reason")).sendKeys("Η χαμηλότερη τιμή με πέντε άτομα.");
    browser.findElement(By.id("award:afm")).sendKeys("12345678");
    browser.findElement(By.id("award:award-call")).click();
    Browser.waitFor(browser, By.id("award:afm-msg"), "ΑΦΜ");
    Browser.assertAccessible(browser);
    browser.findElement(By.id("award:afm")).clear();
    browser.findElement(By.id("award:afm")).sendKeys(People.newVatNumber());
    browser.findElement(By.id("award:doy")).sendKeys("Α' Θεσσαλονίκης");
    browser.findElement(By.id("award:reference")).sendKeys("ΑΔΑ-ΩΡ4Ξ46ΜΤΛΚ-7Β1");
    browser.findElement(By.id("award:award-call")).click();

    // the award is public, on a phone; the municipality's order is on account
    Browser.waitFor(browser, By.id("award-title"), "Κατακύρωση");
    browser.get(base.resolve("dashboard/calls?id=" + callId).toString());
    browser.findElement(By.cssSelector("#award-order a")).click();
    Browser.waitFor(browser, By.id("order-status"), "αναμένει πληρωμή");
    assertTrue(browser.getPageSource().contains("ΑΔΑ-ΩΡ4Ξ46ΜΤΛΚ-7Β1"), "the reference is on it");
    assertTrue(browser.getPageSource().contains("22.850,50"), "at the offered price");
    Browser.assertAccessible(browser);
    Browser.assertValidHtml(browser);
    browser.manage().deleteAllCookies();
    browser.manage().window().setSize(new Dimension(390, 844));
    browser.get(base.resolve("calls/" + callId).toString());
    Browser.waitFor(browser, By.cssSelector(".award"), "Η χαμηλότερη τιμή με πέντε άτομα.");
    assertTrue(browser.getPageSource().contains("Επιχείρηση browsercalls-second"));
    assertTrue(browser.getPageSource().contains("prodiagrafes.pdf"), "the call's documents");
    Browser.assertAccessible(browser);
    Browser.assertValidHtml(browser);
    Browser.assertFits(browser);
    Browser.screenshot(browser, "calls-awarded", 390);
    browser.get(base.resolve("calls?status=AWARDED").toString());
    Browser.waitFor(browser, By.cssSelector(".cards"), "Καθαρισμός παιδικών σταθμών");
    Browser.assertAccessible(browser);
    Browser.assertValidHtml(browser);
    Browser.assertFits(browser);
  }

  private void offer(Member member, long callId, String price, String note, String document)
      throws Exception {
    browser.manage().deleteAllCookies();
    Browser.signIn(browser, base, member.email());
    browser.get(base.resolve("calls/" + callId).toString());
    Browser.waitFor(browser, By.id("yours-title"), "Επιχείρηση");
    Browser.assertAccessible(browser);
    Browser.assertValidHtml(browser);
    Browser.assertFits(browser);
    browser.findElement(By.id("offer:submit")).click();
    Browser.waitFor(browser, By.id("offer:price-msg"), "Δώστε την τιμή που προσφέρετε.");
    browser.findElement(By.id("offer:price")).sendKeys(price);
    browser.findElement(By.id("offer:note")).sendKeys(note);
    browser.findElement(By.id("offer:submit")).click();
    Browser.waitFor(browser, By.cssSelector(".messages"), "Η προσφορά σας υποβλήθηκε");
    Browser.assertAccessible(browser);
    Browser.assertFits(browser);
    assertTrue(browser.getPageSource().contains(note), "the enterprise reads its own offer");
    assertEquals(1, browser.findElements(By.id("withdraw:withdraw-offer")).size());
    if (document != null) {
      browser
          .findElement(By.id("offer-documents:upload"))
          .sendKeys(Browser.file(document, Documents.pdf("Τεχνική προσφορά")));
      browser.findElement(By.id("offer-documents:add-document")).click();
      Browser.waitFor(browser, By.id("offer-documents-list"), document);
      Browser.assertAccessible(browser);
      Browser.assertValidHtml(browser);
      Browser.assertFits(browser);
      Browser.screenshot(browser, "calls-offer-documents", 390);
    }
  }

  private static String athens(int days) {
    return LocalDateTime.now(ZoneId.of("Europe/Athens"))
        .plusDays(days)
        .truncatedTo(ChronoUnit.MINUTES)
        .toString();
  }

  private void setValue(String id, String value) {
    ((JavascriptExecutor) browser)
        .executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, value);
  }
}
