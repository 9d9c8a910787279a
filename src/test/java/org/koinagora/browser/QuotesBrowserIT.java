package org.koinagora.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koinagora.testsupport.Browser;
import org.koinagora.testsupport.Client;
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
 * A municipality's staff member asks three caterers of the region for quotes from a phone; two
 * answer through the API and one on its page; the staff member compares the quotes side by side,
 * declines one and accepts another, which becomes an order paid on account. axe on every page.
 */
class QuotesBrowserIT extends DeployedWarIT {

  WebDriver browser;

  @BeforeEach
  void open() {
    browser = Browser.open();
  }

  @AfterEach
  void close() {
    browser.quit();
  }

  private static void cateringOnQuote(Member seller) throws Exception {
    var created =
        seller
            .client()
            .postJson(
                "/api/v1/me/listings",
                """
                {"kind":"SERVICE","title":{"el":"Τροφοδοσία εκδηλώσεων","en":"Event catering"},
                 "description":{"el":"Μπουφές με τοπικά προϊόντα.","en":"Buffet of local food."},
                 "price":"10.00","vatRate":13,"stock":null,"category":"services/catering","tags":[],
                 "status":"ACTIVE","booking":"QUOTE"}
                """,
                seller.token());
    assertEquals(201, created.statusCode(), created.body());
    Database.update(
        "UPDATE enterprise SET region = 'NORTH_AEGEAN' WHERE id = ?", seller.enterpriseId());
  }

  @Test
  void aMunicipalityAsksThreeCaterersComparesTheirQuotesAndAcceptsOne() throws Exception {
    Member first = Member.of(base, "caterer-one", true);
    Member second = Member.of(base, "caterer-two", true);
    Member third = Member.of(base, "caterer-three", true);
    // the region's caterers are these three (the database outlives a run)
    Database.update("UPDATE enterprise SET region = 'CRETE' WHERE region = 'NORTH_AEGEAN'");
    for (Member caterer : List.of(first, second, third)) {
      cateringOnQuote(caterer);
    }
    Organiser staff = Organiser.of(base, "quotes-municipality");

    // on a phone, the staff member asks the region's caterers; an empty form says what is missing
    browser.manage().window().setSize(new Dimension(390, 844));
    Browser.signIn(browser, base, staff.email());
    browser.get(base.resolve("quotes/new?lang=el").toString());
    Browser.assertAccessible(browser);
    Browser.assertValidHtml(browser);
    browser.findElement(By.id("request:send")).click();
    Browser.waitFor(browser, By.id("request:description-msg"), "Συμπληρώστε αυτό το πεδίο.");
    Browser.assertAccessible(browser);
    Browser.assertFits(browser);
    new Select(browser.findElement(By.id("request:category"))).selectByValue("services/catering");
    new Select(browser.findElement(By.id("request:region"))).selectByValue("NORTH_AEGEAN");
    browser
        .findElement(By.id("request:description"))
        .sendKeys("Γεύμα για τη γιορτή των ΚΑΠΗ του δήμου, με χορτοφαγικές επιλογές.");
    browser.findElement(By.id("request:where")).sendKeys("Μυτιλήνη");
    browser.findElement(By.id("request:when")).sendKeys("Κυριακή 14 Ιουνίου");
    browser.findElement(By.id("request:quantity")).sendKeys("150 άτομα");
    // typed as a Greek would: the point groups thousands
    browser.findElement(By.id("request:budget")).sendKeys("2.000");
    new Select(browser.findElement(By.id("request:buyerKind"))).selectByValue("PUBLIC_BODY");
    browser.findElement(By.id("request:buyerName")).clear();
    browser.findElement(By.id("request:buyerName")).sendKeys("Δήμος Μυτιλήνης");
    browser.findElement(By.id("request:afm")).sendKeys(People.newVatNumber());
    browser.findElement(By.id("request:doy")).sendKeys("Μυτιλήνης");
    browser.findElement(By.id("request:address")).sendKeys("Ελ. Βενιζέλου 13, Μυτιλήνη");
    browser.findElement(By.id("request:buyerReference")).sendKeys("ΑΔΑ 9ΞΡΖ46ΜΓΘΓ-1ΑΒ");
    // a file that is not a document is refused next to its field, and what was typed stays
    browser
        .findElement(By.id("request:files"))
        .sendKeys(Browser.file("notes.pdf", "just text".getBytes()));
    browser.findElement(By.id("request:send")).click();
    Browser.waitFor(browser, By.id("request:files-msg"), "Γίνονται δεκτά μόνο αρχεία PDF");
    assertEquals("Μυτιλήνη", browser.findElement(By.id("request:where")).getAttribute("value"));
    Browser.assertAccessible(browser);
    browser
        .findElement(By.id("request:files"))
        .sendKeys(Browser.file("programma-giortis.pdf", Documents.pdf("Πρόγραμμα γιορτής")));
    browser.findElement(By.id("request:send")).click();
    Browser.waitFor(browser, By.cssSelector(".messages"), "Το αίτημά σας στάλθηκε");
    assertTrue(browser.getPageSource().contains("programma-giortis.pdf"), "the document is listed");
    assertTrue(browser.getPageSource().contains("2.000,00"), "the budget is two thousand euros");
    Browser.assertAccessible(browser);
    Browser.assertValidHtml(browser);
    Browser.assertFits(browser);
    long requestId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/quotes/(\\d+).*", "$1"));

    // two caterers answer through the API, one after a question
    assertEquals(
        201,
        first
            .client()
            .postJson(
                "/api/v1/quote-requests/" + requestId + "/messages",
                "{\"text\":\"Θέλετε και αναψυκτικά;\"}",
                first.token())
            .statusCode());
    long fromFirst = quote(first, requestId, "13.50");
    long fromSecond = quote(second, requestId, "11.90");

    // the third answers on its page, on a computer: two lines, one added to the form
    browser.manage().window().setSize(new Dimension(1280, 900));
    Browser.signIn(browser, base, third.email());
    browser.get(base.resolve("dashboard/quotes?lang=el").toString());
    Browser.assertAccessible(browser);
    Browser.assertValidHtml(browser);
    browser.findElement(By.partialLinkText("Q-")).click();
    Browser.waitFor(browser, By.id("quote-form-title"), "Αποστολή προσφοράς");
    Browser.assertAccessible(browser);
    Browser.assertValidHtml(browser);
    browser.findElement(By.id("quote:send-quote")).click();
    Browser.waitFor(browser, By.id("quote:lines:0:description-msg"), "Συμπληρώστε αυτό το πεδίο.");
    Browser.assertAccessible(browser);
    browser.findElement(By.id("quote:lines:0:description")).sendKeys("Γεύμα");
    browser.findElement(By.id("quote:lines:0:quantity")).sendKeys("150");
    browser.findElement(By.id("quote:lines:0:unit")).sendKeys("μερίδες");
    browser.findElement(By.id("quote:lines:0:unitPrice")).sendKeys("12,40");
    browser.findElement(By.id("quote:add-line")).click();
    Browser.waitFor(browser, By.id("quote"), "Γραμμή 2");
    assertEquals(
        "Γεύμα", browser.findElement(By.id("quote:lines:0:description")).getAttribute("value"));
    browser.findElement(By.id("quote:lines:1:description")).sendKeys("Σερβίρισμα");
    browser.findElement(By.id("quote:lines:1:quantity")).sendKeys("4,5");
    browser.findElement(By.id("quote:lines:1:unit")).sendKeys("ώρες");
    browser.findElement(By.id("quote:lines:1:unitPrice")).sendKeys("20");
    new Select(browser.findElement(By.id("quote:lines:1:vatRate"))).selectByValue("24");
    ((JavascriptExecutor) browser)
        .executeScript(
            "document.getElementById('quote:validUntil').value = arguments[0]",
            LocalDate.now().plusDays(14).toString());
    browser.findElement(By.id("quote:note")).sendKeys("Με χορτοφαγικές μερίδες.");
    browser.findElement(By.id("quote:send-quote")).click();
    Browser.waitFor(browser, By.cssSelector(".messages"), "Η προσφορά σας στάλθηκε");
    Browser.assertAccessible(browser);
    // it reads the buyer's programme and sends its menu, on its own thread
    assertTrue(browser.getPageSource().contains("programma-giortis.pdf"));
    browser.findElement(By.id("documents:attach")).click();
    Browser.waitFor(browser, By.id("documents:upload-msg"), "Επιλέξτε πρώτα ένα αρχείο.");
    browser
        .findElement(By.id("documents:upload"))
        .sendKeys(Browser.file("menou.pdf", Documents.pdf("Μενού")));
    browser.findElement(By.id("documents:attach")).click();
    Browser.waitFor(browser, By.cssSelector(".messages"), "Το έγγραφο στάλθηκε.");
    Browser.assertAccessible(browser);
    Browser.assertValidHtml(browser);
    Browser.screenshot(browser, "quotes-documents-1280", 1280);

    // back on the phone, the staff member compares the three side by side
    browser.manage().window().setSize(new Dimension(390, 844));
    Browser.signIn(browser, base, staff.email());
    browser.get(base.resolve("quotes/" + requestId + "?lang=el").toString());
    Browser.waitFor(browser, By.id("compare-title"), "Προσφορές");
    assertEquals(3, browser.findElements(By.cssSelector(".quote-card")).size());
    assertTrue(browser.getPageSource().contains("Θέλετε και αναψυκτικά;"));
    assertTrue(browser.getPageSource().contains("menou.pdf"), "the caterer's menu");
    Browser.assertAccessible(browser);
    Browser.assertValidHtml(browser);
    Browser.assertFits(browser);
    Browser.screenshot(browser, "quotes-compare", 390);

    browser.findElement(By.id("decline-" + fromFirst)).click();
    Browser.waitFor(browser, By.id("decline-confirm"), "Απόρριψη της προσφοράς");
    Browser.assertAccessible(browser);
    new Select(browser.findElement(By.id("decline-quote:reason"))).selectByValue("price");
    browser.findElement(By.id("decline-quote:decline-confirmed")).click();
    Browser.waitFor(browser, By.cssSelector(".messages"), "Απορρίψατε την προσφορά");

    browser.findElement(By.id("accept-" + fromSecond)).click();
    Browser.waitFor(browser, By.id("accept-confirm"), "επί πιστώσει");
    Browser.assertAccessible(browser);
    Browser.assertFits(browser);
    browser.findElement(By.id("accept-quote:accept-confirmed")).click();
    Browser.waitFor(browser, By.id("order-status"), "αναμένει πληρωμή");
    assertTrue(browser.getPageSource().contains("ΑΔΑ 9ΞΡΖ46ΜΓΘΓ-1ΑΒ"), "the reference is on it");
    Browser.assertAccessible(browser);
    Browser.assertValidHtml(browser);
    Browser.assertFits(browser);
    Browser.screenshot(browser, "quotes-accepted-order", 390);

    JsonObject request =
        Client.json(
            staff.client().getJson("/api/v1/me/quote-requests/" + requestId, staff.token()));
    List<String> statuses =
        request.getJsonArray("threads").stream()
            .flatMap(t -> t.asJsonObject().getJsonArray("quotes").stream())
            .map(q -> q.asJsonObject().getString("status"))
            .sorted()
            .toList();
    assertEquals(List.of("ACCEPTED", "DECLINED", "DECLINED"), statuses);
    browser.get(base.resolve("quotes?lang=el").toString());
    Browser.assertAccessible(browser);
    Browser.assertValidHtml(browser);
    Browser.assertFits(browser);
  }

  private static long quote(Member seller, long requestId, String price) {
    var sent =
        seller
            .client()
            .postJson(
                "/api/v1/me/quote-requests/" + requestId + "/quotes",
                """
                {"lines":[{"description":"Γεύμα","quantity":150,"unit":"μερίδες","unitPrice":"%s","vatRate":13}],
                 "validUntil":"%s"}
                """
                    .formatted(price, LocalDate.now().plusDays(10)),
                seller.token());
    assertEquals(201, sent.statusCode(), sent.body());
    return Client.json(sent).getJsonNumber("id").longValue();
  }
}
