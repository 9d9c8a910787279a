package org.koinagora.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koinagora.testsupport.Browser;
import org.koinagora.testsupport.Client;
import org.koinagora.testsupport.DeployedWarIT;
import org.koinagora.testsupport.Member;
import org.koinagora.testsupport.Organiser;
import org.koinagora.testsupport.People;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An enterprise member picks a stand on a fair's floor plan with the keyboard and books it. */
class FairBrowserIT extends DeployedWarIT {

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
  void aStandIsChosenOnTheFloorPlanWithTheKeyboardAndBooked() throws Exception {
    Organiser organiser = Organiser.of(base, "plan");
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    var created = organiser.client().postJson("/api/v1/organiser/fairs", """
        {"titleEl":"Γιορτή Συνεταιρισμών","titleEn":"Cooperatives festival","descriptionEl":"Τοπικά προϊόντα και χειροτεχνία.",
         "theme":"COOPERATIVES","venue":"Πάρκο Ελευθερίας","address":"Βασ. Σοφίας, Αθήνα","startsAt":"%s","endsAt":"%s",
         "bookingOpensAt":"%s","bookingClosesAt":"%s","bookingMode":"INSTANT","maxStandsPerEnterprise":1,
         "holdMinutes":15,"planWidth":30,"planDepth":12}
        """.formatted(now.plus(20, ChronoUnit.DAYS), now.plus(21, ChronoUnit.DAYS), now.minus(1, ChronoUnit.HOURS), now.plus(10, ChronoUnit.DAYS)),
        organiser.token());
    long fairId = Client.json(created).getJsonNumber("id").longValue();
    organiser.client().postJson("/api/v1/organiser/fairs/" + fairId + "/stands",
        "{\"prefix\":\"A\",\"count\":6,\"x\":1,\"y\":1,\"width\":4,\"depth\":3,\"price\":\"0\",\"features\":[\"COVERED\",\"STEP_FREE\"]}", organiser.token());
    organiser.client().postJson("/api/v1/organiser/fairs/" + fairId + "/stands",
        "{\"prefix\":\"B\",\"count\":5,\"x\":1,\"y\":7,\"width\":5,\"depth\":4,\"price\":\"30\",\"features\":[\"ELECTRICITY\"]}", organiser.token());
    organiser.client().postJson("/api/v1/organiser/fairs/" + fairId + "/publish", "{}", organiser.token());
    Member rival = Member.of(base, "rival", true);
    long firstStand = Client.json(new Client(base).get("/api/v1/fairs/" + fairId)).getJsonArray("stands").getJsonObject(0).getJsonNumber("id").longValue();
    assertEquals(201, rival.client().postJson("/api/v1/fairs/" + fairId + "/bookings", "{\"standId\":" + firstStand + "}", rival.token()).statusCode());

    Member exhibitor = Member.of(base, "exhibitor", true);
    browser.get(base.resolve("login?lang=el").toString());
    browser.findElement(By.id("form:email")).sendKeys(exhibitor.email());
    browser.findElement(By.id("form:password")).sendKeys(People.PASSWORD);
    browser.findElement(By.id("form:submit")).click();
    new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("/account"));

    browser.get(base.resolve("fairs/" + fairId).toString());
    assertEquals("Γιορτή Συνεταιρισμών", browser.findElement(By.tagName("h1")).getText());
    WebElement taken = browser.findElement(By.cssSelector(".floor-plan g.stand.taken"));
    assertTrue(taken.getAttribute("aria-label").contains("A1") && taken.getAttribute("aria-label").contains("κρατημένο"),
        "a taken stand says so in words: " + taken.getAttribute("aria-label"));
    Browser.assertAccessible(browser);
    Browser.screenshot(browser, "fair-plan", 1280);
    Browser.screenshot(browser, "fair-plan", 360);

    // keyboard only: Tab from the plan's first free stand to the next, then Enter
    WebElement first = browser.findElement(By.cssSelector(".floor-plan a.stand"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", first);
    assertTrue(first.getAttribute("aria-label").startsWith("Περίπτερο A2"), first.getAttribute("aria-label"));
    browser.switchTo().activeElement().sendKeys(Keys.TAB);
    WebElement focused = browser.switchTo().activeElement();
    assertTrue(focused.getAttribute("aria-label").startsWith("Περίπτερο A3"), "Tab moves to the next stand: " + focused.getAttribute("aria-label"));
    focused.sendKeys(Keys.ENTER);

    new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("/dashboard/book-stand"));
    assertTrue(browser.findElement(By.cssSelector(".facts")).getText().contains("A3"));
    Browser.assertAccessible(browser);
    WebElement book = browser.findElement(By.id("form:book"));
    book.sendKeys(Keys.ENTER);
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> d.findElements(By.cssSelector(".messages")).stream().anyMatch(m -> m.getText().contains("Το περίπτερο A3 κλείστηκε")));

    browser.get(base.resolve("fairs/" + fairId).toString());
    assertTrue(browser.findElement(By.cssSelector("table.stands")).getText().contains("A3"));
    assertEquals(2, browser.findElements(By.cssSelector(".floor-plan g.stand.taken")).size(), "A1 and A3 are taken now");
    assertTrue(browser.findElement(By.cssSelector("section[aria-labelledby='exhibitors-title']")).getText().contains("Επιχείρηση exhibitor"));
  }
}
