package org.koinagora.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    Browser.assertValidHtml(browser);
    browser.findElement(By.id("advice:ask")).click();
    Browser.waitFor(browser, By.id("advice:message-msg"), "Γράψτε την ερώτησή σας.");
    Browser.assertAccessible(browser);
    Browser.assertFits(browser);
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
    Browser.waitFor(browser, By.cssSelector("#ask-advice .notice"), "Το αίτημά σας στάλθηκε");
    Browser.assertAccessible(browser);
    Browser.screenshot(browser, "advice-form-sent", 390);

    // the staff member answers from the dashboard, on a computer
    browser.manage().window().setSize(new Dimension(1280, 900));
    Browser.signIn(browser, base, centre.email());
    browser.get(base.resolve("dashboard/municipality").toString());
    browser.findElement(By.partialLinkText("Γιώργος Παππάς")).click();
    Browser.waitFor(browser, By.cssSelector(".thread"), "Αγροτικός συνεταιρισμός ή");
    Browser.assertAccessible(browser);
    Browser.assertValidHtml(browser);
    browser
        .findElement(By.id("reply:body"))
        .sendKeys("Καλή ερώτηση! Για έξι αγρότες ταιριάζει ο αγροτικός συνεταιρισμός.");
    browser.findElement(By.id("reply:send")).click();
    Browser.waitFor(browser, By.cssSelector(".messages"), "Το μήνυμά σας στάλθηκε");
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
    Browser.waitFor(browser, By.cssSelector(".thread"), "ταιριάζει ο αγροτικός συνεταιρισμός");
    Browser.assertAccessible(browser);
    Browser.assertValidHtml(browser);
    Browser.assertFits(browser);
    browser.findElement(By.id("reply:body")).sendKeys("Ευχαριστούμε! Θα έρθουμε την Πέμπτη.");
    browser.findElement(By.id("reply:send")).click();
    Browser.waitFor(browser, By.cssSelector(".thread"), "Θα έρθουμε την Πέμπτη.");
    Browser.assertAccessible(browser);
    Browser.assertFits(browser);
    Browser.screenshot(browser, "advice-thread-requester", 390);
    ((JavascriptExecutor) browser)
        .executeScript("document.querySelector('.thread').scrollIntoView()");
    Browser.screenshot(browser, "advice-thread-messages", 390);

    // staff close it after being asked, on the phone
    Browser.signIn(browser, base, centre.email());
    browser.get(base.resolve("dashboard/municipality").toString());
    Browser.waitFor(browser, By.id("advice-requests"), "περιμένει την απάντησή σας");
    Browser.assertValidHtml(browser);
    Browser.assertFits(browser);
    Browser.screenshot(browser, "advice-dashboard", 390);
    browser.findElement(By.partialLinkText("Γιώργος Παππάς")).click();
    browser.findElement(By.id("close")).click();
    Browser.waitFor(browser, By.id("confirm-close"), "Να κλείσει το αίτημα;");
    Browser.assertAccessible(browser);
    browser.findElement(By.id("close-thread:close-confirmed")).click();
    Browser.waitFor(browser, By.cssSelector(".messages"), "Το αίτημα έκλεισε.");
    assertTrue(browser.findElements(By.id("reply:body")).isEmpty(), "nobody writes any more");
    Browser.assertAccessible(browser);
  }
}
