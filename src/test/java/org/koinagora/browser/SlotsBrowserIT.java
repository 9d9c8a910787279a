package org.koinagora.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koinagora.testsupport.Browser;
import org.koinagora.testsupport.Client;
import org.koinagora.testsupport.DeployedWarIT;
import org.koinagora.testsupport.Mailbox;
import org.koinagora.testsupport.Member;
import org.koinagora.testsupport.People;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * An enterprise opens a weaving workshop for booking on its dashboard; a buyer on a phone chooses a
 * session in the week view, pays by bank transfer and finds the booking on /account; the enterprise
 * sees it in the day's agenda. axe on every page, every page fits the phone.
 */
class SlotsBrowserIT extends DeployedWarIT {

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
  void aBuyerBooksAWorkshopSessionOnAPhoneAndPaysByBankTransfer() throws Exception {
    Member seller = Member.of(base, "loom", true);
    var created =
        seller
            .client()
            .postJson(
                "/api/v1/me/listings",
                """
                {"kind":"SERVICE","title":{"el":"Εργαστήρι αργαλειού","en":"Loom workshop"},
                 "description":{"el":"Δύο ώρες στον αργαλειό.","en":"Two hours at the loom."},
                 "price":"25.00","vatRate":24,"unit":"PERSON","stock":null,"category":"services/training","tags":[],"status":"ACTIVE"}
                """,
                seller.token());
    assertEquals(201, created.statusCode(), created.body());
    long workshop = Client.json(created).getJsonNumber("id").longValue();

    // the enterprise sets the sessions: an empty length is answered next to it, then saved
    browser.manage().window().setSize(new Dimension(1280, 900));
    Browser.signIn(browser, base, seller.email());
    browser.get(base.resolve("dashboard/listing-edit?id=" + workshop).toString());
    browser.findElement(By.id("availability-link")).click();
    Browser.waitFor(browser, By.tagName("h1"), "Κρατήσεις ώρας");
    Browser.assertAccessible(browser);
    WebElement duration = browser.findElement(By.id("availability:durationMinutes"));
    duration.clear();
    browser.findElement(By.id("availability:save")).click();
    Browser.waitFor(browser, By.id("availability:durationMinutes-msg"), "");
    assertEquals(
        "true",
        browser.findElement(By.id("availability:durationMinutes")).getAttribute("aria-invalid"));
    browser.findElement(By.id("availability:durationMinutes")).sendKeys("120");
    WebElement capacity = browser.findElement(By.id("availability:capacity"));
    capacity.clear();
    capacity.sendKeys("6");
    browser.findElement(By.id("availability:save")).click();
    Browser.waitFor(browser, By.cssSelector(".messages"), "Αποθηκεύτηκε");
    Browser.assertAccessible(browser);
    Browser.screenshot(browser, "availability", 1280);
    Browser.screenshot(browser, "availability", 390);
    Browser.assertFits(browser);

    // a buyer on a phone chooses a session of the first week with free ones
    String buyer = People.newEmail("loom-buyer");
    People.register(base, buyer, "Άννα Υφάντρια");
    browser.manage().deleteAllCookies();
    browser.manage().window().setSize(new Dimension(390, 844));
    Browser.signIn(browser, base, buyer);
    browser.get(base.resolve("products/" + workshop + "?lang=el").toString());
    Browser.waitFor(browser, By.id("slots-title"), "Κλείστε ώρα");
    Browser.assertAccessible(browser);
    Browser.assertFits(browser);
    ((JavascriptExecutor) browser)
        .executeScript("document.getElementById('slots-title').scrollIntoView()");
    Browser.screenshot(browser, "slot-week", 390);
    // submitting without a session is answered next to the week
    browser.findElement(By.cssSelector("#book-slot button[type=submit]")).click();
    if (browser.getCurrentUrl().contains("/products/")
        && browser.findElements(By.cssSelector("#slots-msg:not(:empty)")).isEmpty()) {
      // the browser itself asked for a session (required radio): submit past it as a script would
      ((JavascriptExecutor) browser)
          .executeScript("document.getElementById('book-slot').noValidate = true;");
      browser.findElement(By.cssSelector("#book-slot button[type=submit]")).click();
    }
    Browser.waitFor(browser, By.id("slots-msg"), "Επιλέξτε μία από τις ώρες");
    Browser.assertAccessible(browser);
    WebElement session =
        browser.findElement(By.cssSelector("#slots input[type=radio]:not([disabled])"));
    String start = session.getAttribute("value");
    ((JavascriptExecutor) browser).executeScript("arguments[0].click();", session);
    WebElement people = browser.findElement(By.id("places"));
    people.clear();
    people.sendKeys("2");
    browser.findElement(By.cssSelector("#book-slot button[type=submit]")).click();
    Browser.waitFor(browser, By.id("cart-total"), "50,00");
    assertTrue(browser.findElement(By.cssSelector(".slot-time")).isDisplayed());
    Browser.assertAccessible(browser);
    Browser.assertFits(browser);
    Browser.screenshot(browser, "slot-cart", 390);

    browser.findElement(By.id("to-checkout")).click();
    Browser.waitFor(browser, By.tagName("h1"), "");
    assertTrue(
        browser.getPageSource().contains("Κρατήσεις ώρας: τίποτα για αποστολή"),
        "no delivery is asked for a booked time");
    Browser.assertAccessible(browser);
    Browser.assertFits(browser);
    browser.findElement(By.id("checkout:place")).click();
    Browser.waitFor(browser, By.id("order-status"), "αναμένει πληρωμή");
    assertTrue(browser.getPageSource().contains("Χωρίς υπαναχώρηση 14 ημερών"));
    Browser.assertAccessible(browser);
    Browser.assertFits(browser);
    Browser.screenshot(browser, "slot-order", 390);
    var mail = Mailbox.withSubject(buyer, "Η παραγγελία σας");
    assertEquals(1, mail.size());

    browser.get(base.resolve("account").toString());
    Browser.waitFor(browser, By.id("bookings-title"), "Οι κρατήσεις μου");
    assertTrue(browser.getPageSource().contains("Εργαστήρι αργαλειού"));
    Browser.assertAccessible(browser);
    Browser.assertFits(browser);

    // the enterprise sees the buyer in the day's agenda
    browser.manage().deleteAllCookies();
    browser.manage().window().setSize(new Dimension(1280, 900));
    Browser.signIn(browser, base, seller.email());
    browser.get(base.resolve("dashboard/agenda?day=" + start.substring(0, 10)).toString());
    Browser.waitFor(browser, By.cssSelector(".agenda-slot"), "Άννα Υφάντρια");
    Browser.assertAccessible(browser);
    Browser.screenshot(browser, "agenda", 1280);
    Browser.screenshot(browser, "agenda", 390);
    Browser.assertFits(browser);

    // and stops booking by time: the booking made stays, the page offers no more sessions
    browser.manage().window().setSize(new Dimension(1280, 900));
    browser.get(base.resolve("dashboard/availability?listing=" + workshop).toString());
    browser.findElement(By.id("stop:stopBooking")).click();
    Browser.waitFor(browser, By.cssSelector(".messages"), "σταμάτησαν");
    browser.get(base.resolve("products/" + workshop).toString());
    assertTrue(browser.findElements(By.id("slots-title")).isEmpty());
    browser.get(base.resolve("dashboard/agenda?day=" + start.substring(0, 10)).toString());
    Browser.waitFor(browser, By.cssSelector(".agenda-slot"), "Άννα Υφάντρια");
  }
}
