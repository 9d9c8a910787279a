package org.koinagora.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koinagora.testsupport.Browser;
import org.koinagora.testsupport.Database;
import org.koinagora.testsupport.DeployedWarIT;
import org.koinagora.testsupport.Mailbox;
import org.koinagora.testsupport.Organiser;
import org.koinagora.testsupport.People;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * A visitor asks a support centre for advice from a phone, and the centre's staff answer and close
 * the request on their dashboard; every page passes axe and fits the phone's screen.
 */
class AdviceBrowserIT extends DeployedWarIT {

  private static final Pattern LINK =
      Pattern.compile("/advice/\\d+\\?token=[A-Za-z0-9_-]+&lang=el");

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
  void aVisitorAsksOnAPhoneAndTheCentresStaffAnswerOnTheDashboard() throws Exception {
    Organiser centre = Organiser.of(base, "browseradvice");
    Database.update(
        "UPDATE organisation SET kind = 'SUPPORT_CENTRE', name_el = 'Κέντρο Στήριξης Ηπείρου'"
            + " WHERE id = ?",
        centre.municipalityId());
    String visitor = People.newEmail("browser-asker");

    // on a phone: the form answers an empty submit next to each field, then takes the request
    browser.manage().window().setSize(new Dimension(390, 844));
    browser.get(base.resolve("organisations/" + centre.municipalityId() + "?lang=el").toString());
    Browser.assertAccessible(browser);
    assertValidHtml();
    browser.findElement(By.id("advice:ask")).click();
    waitFor(By.id("advice:message-msg"), "Γράψτε την ερώτησή σας.");
    Browser.assertAccessible(browser);
    assertFits();
    ((JavascriptExecutor) browser)
        .executeScript("document.getElementById('advice:name').scrollIntoView()");
    Browser.screenshot(browser, "advice-form-empty", 390);
    browser.findElement(By.id("advice:groupName")).sendKeys("Νέοι αγρότες Ζαγορίου");
    browser.findElement(By.id("advice:name")).sendKeys("Γιώργος Παππάς");
    browser.findElement(By.id("advice:email")).sendKeys(visitor);
    new Select(browser.findElement(By.id("advice:region"))).selectByValue("EPIRUS");
    new Select(browser.findElement(By.id("advice:legalForm")))
        .selectByValue("AGRICULTURAL_COOPERATIVE");
    browser
        .findElement(By.id("advice:message"))
        .sendKeys("Είμαστε έξι νέοι αγρότες. Αγροτικός συνεταιρισμός ή Κοιν.Σ.Επ.;");
    browser.findElement(By.id("advice:ask")).click();
    waitFor(By.cssSelector("#ask-advice .notice"), "Το αίτημά σας στάλθηκε");
    Browser.assertAccessible(browser);
    Browser.screenshot(browser, "advice-form-sent", 390);

    // the staff member answers from the dashboard, on a computer
    browser.manage().window().setSize(new Dimension(1280, 900));
    Browser.signIn(browser, base, centre.email());
    browser.get(base.resolve("dashboard/municipality").toString());
    browser.findElement(By.partialLinkText("Γιώργος Παππάς")).click();
    waitFor(By.cssSelector(".thread"), "Αγροτικός συνεταιρισμός ή");
    Browser.assertAccessible(browser);
    assertValidHtml();
    browser
        .findElement(By.id("reply:body"))
        .sendKeys("Καλή ερώτηση! Για έξι αγρότες ταιριάζει ο αγροτικός συνεταιρισμός.");
    browser.findElement(By.id("reply:send")).click();
    waitFor(By.cssSelector(".messages"), "Το μήνυμά σας στάλθηκε");
    Browser.assertAccessible(browser);
    Browser.screenshot(browser, "advice-thread-staff", 1280);

    // the visitor reads the answer through the newest mailed link, on the phone
    var mails = Mailbox.to(visitor, 2);
    assertEquals(2, mails.size());
    Matcher link = LINK.matcher(Mailbox.body(mails.get(1)));
    assertTrue(link.find());
    browser.manage().deleteAllCookies();
    browser.manage().window().setSize(new Dimension(390, 844));
    browser.get(base.resolve(link.group().substring(1)).toString());
    waitFor(By.cssSelector(".thread"), "ταιριάζει ο αγροτικός συνεταιρισμός");
    Browser.assertAccessible(browser);
    assertValidHtml();
    assertFits();
    browser.findElement(By.id("reply:body")).sendKeys("Ευχαριστούμε! Θα έρθουμε την Πέμπτη.");
    browser.findElement(By.id("reply:send")).click();
    waitFor(By.cssSelector(".thread"), "Θα έρθουμε την Πέμπτη.");
    Browser.assertAccessible(browser);
    assertFits();
    Browser.screenshot(browser, "advice-thread-requester", 390);
    ((JavascriptExecutor) browser)
        .executeScript("document.querySelector('.thread').scrollIntoView()");
    Browser.screenshot(browser, "advice-thread-messages", 390);

    // staff close it after being asked, on the phone
    Browser.signIn(browser, base, centre.email());
    browser.get(base.resolve("dashboard/municipality").toString());
    waitFor(By.id("advice-requests"), "περιμένει την απάντησή σας");
    assertValidHtml();
    assertFits();
    Browser.screenshot(browser, "advice-dashboard", 390);
    browser.findElement(By.partialLinkText("Γιώργος Παππάς")).click();
    browser.findElement(By.id("close")).click();
    waitFor(By.id("confirm-close"), "Να κλείσει το αίτημα;");
    Browser.assertAccessible(browser);
    browser.findElement(By.id("close-thread:close-confirmed")).click();
    waitFor(By.cssSelector(".messages"), "Το αίτημα έκλεισε.");
    assertTrue(browser.findElements(By.id("reply:body")).isEmpty(), "nobody writes any more");
    Browser.assertAccessible(browser);
  }

  /** Waits for the text; on a timeout keeps a screenshot and the page's source to look at. */
  private void waitFor(By locator, String text) throws Exception {
    try {
      Browser.waitForText(browser, locator, text);
    } catch (TimeoutException e) {
      Browser.screenshot(browser, "advice-failed-waiting", 1280);
      throw new AssertionError(
          "No \"" + text + "\" on " + browser.getCurrentUrl() + ":\n" + browser.getPageSource(), e);
    }
  }

  /** The W3C Nu HTML Checker finds no error in what the server sends for the browser's URL. */
  private void assertValidHtml() throws Exception {
    String cookies =
        browser.manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
    var request = HttpRequest.newBuilder(URI.create(browser.getCurrentUrl()));
    if (!cookies.isEmpty()) {
      request.header("Cookie", cookies);
    }
    byte[] page =
        HttpClient.newHttpClient()
            .send(request.build(), HttpResponse.BodyHandlers.ofByteArray())
            .body();
    var validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
    var messages =
        Json.createReader(new StringReader(validator.validate(new ByteArrayInputStream(page))))
            .readObject()
            .getJsonArray("messages")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(m -> "error".equals(m.getString("type", "")))
            .map(m -> m.getString("message", "") + " «" + m.getString("extract", "") + "»")
            .toList();
    assertTrue(messages.isEmpty(), browser.getCurrentUrl() + ": " + messages);
  }

  private void assertFits() {
    long wider =
        ((Number)
                ((JavascriptExecutor) browser)
                    .executeScript(
                        "return Math.max(document.documentElement.scrollWidth,"
                            + " document.body.scrollWidth) - window.innerWidth"))
            .longValue();
    assertTrue(wider <= 0, "the page is " + wider + " px wider than the phone");
  }
}
