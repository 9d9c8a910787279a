package org.koinagora.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koinagora.testsupport.Browser;
import org.koinagora.testsupport.Database;
import org.koinagora.testsupport.DeployedWarIT;
import org.koinagora.testsupport.Listings;
import org.koinagora.testsupport.Member;
import org.koinagora.testsupport.Organiser;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The delegated-access page on a phone: an enterprise's member gives a support centre access, its
 * staff edit a listing from their dashboard, the member reads it in the log and revokes the access,
 * after which the staff get the access-denied page.
 */
class DelegationBrowserIT extends DeployedWarIT {

  WebDriver member;
  WebDriver staff;

  @BeforeEach
  void open() {
    member = Browser.open();
    staff = Browser.open();
  }

  @AfterEach
  void close() {
    member.quit();
    staff.quit();
  }

  /** The W3C checker's errors on what the server sends for the browser's page (as the sweep). */
  private static void validHtml(WebDriver driver) throws Exception {
    String cookies =
        driver.manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
    byte[] page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(driver.getCurrentUrl()))
                    .header("Cookie", cookies)
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray())
            .body();
    var validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
    JsonObject report =
        Json.createReader(new StringReader(validator.validate(new ByteArrayInputStream(page))))
            .readObject();
    List<String> errors =
        report.getJsonArray("messages").getValuesAs(JsonObject.class).stream()
            .filter(m -> "error".equals(m.getString("type", "")))
            .map(m -> m.getInt("lastLine", 0) + ": " + m.getString("message", ""))
            .toList();
    assertTrue(errors.isEmpty(), driver.getCurrentUrl() + " " + errors);
  }

  private static void fitsA390PxScreen(WebDriver driver) {
    Number overflow =
        (Number)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "return Math.max(document.documentElement.scrollWidth,"
                        + " document.body.scrollWidth) - window.innerWidth");
    assertTrue(overflow.intValue() <= 0, driver.getCurrentUrl() + " is wider than the screen");
  }

  @Test
  void aMemberGrantsACentreSeesItsStaffActInTheLogAndRevokesIt() throws Exception {
    Member cooperative = Member.of(base, "deleg-web", true);
    long honey = Listings.product(cooperative, "Θυμαρίσιο μέλι", "9.00", 10);
    Organiser centre = Organiser.of(base, "deleg-web-kentro");
    Database.update(
        "UPDATE organisation SET kind = 'SUPPORT_CENTRE' WHERE id = ?", centre.municipalityId());

    Browser.signIn(member, base, cooperative.email());
    member.manage().window().setSize(new Dimension(390, 844));
    member.get(base.resolve("dashboard/enterprise?lang=el").toString());
    member.findElement(By.linkText("Εξουσιοδοτημένη πρόσβαση")).click();
    Browser.waitForText(member, By.tagName("h1"), "Εξουσιοδοτημένη πρόσβαση");
    assertTrue(member.getCurrentUrl().contains("enterprise=" + cooperative.enterpriseId()));
    Browser.assertAccessible(member);
    fitsA390PxScreen(member);

    // sent empty: told next to the field
    member.findElement(By.id("grant:submit")).click();
    Browser.waitForText(member, By.id("grant:organisationId-msg"), "Κέντρα Στήριξης");

    new Select(member.findElement(By.id("grant:organisationId")))
        .selectByValue(String.valueOf(centre.municipalityId()));
    WebElement until = member.findElement(By.id("grant:until"));
    ((JavascriptExecutor) member)
        .executeScript(
            "arguments[0].value = arguments[1];",
            until,
            LocalDate.now(ZoneId.of("Europe/Athens")).plusDays(20).toString());
    member.findElement(By.id("grant:submit")).click();
    Browser.waitForText(member, By.cssSelector(".messages"), "έχει πλέον πρόσβαση");
    Browser.waitForText(member, By.cssSelector("#delegations .grants"), "Ενεργή");
    Browser.assertAccessible(member);
    fitsA390PxScreen(member);
    Browser.screenshot(member, "delegations-granted", 390);
    validHtml(member);

    // the centre's staff find the enterprise on their dashboard and edit its listing
    Browser.signIn(staff, base, centre.email());
    staff.manage().window().setSize(new Dimension(390, 844));
    staff.get(base.resolve("dashboard/municipality?lang=el").toString());
    Browser.waitForText(staff, By.id("supported-title"), "Επιχειρήσεις που στηρίζουμε");
    Browser.assertAccessible(staff);
    fitsA390PxScreen(staff);
    Browser.screenshot(staff, "supported-enterprises", 390);
    validHtml(staff);
    staff.findElement(By.partialLinkText("Καταχωρίσεις: Επιχείρηση deleg-web")).click();
    staff.findElement(By.linkText("Θυμαρίσιο μέλι")).click();
    WebElement title = staff.findElement(By.id("form:titleEl"));
    title.clear();
    title.sendKeys("Θυμαρίσιο μέλι Κρήτης");
    staff.findElement(By.id("form:save")).click();
    Browser.waitForText(staff, By.cssSelector(".messages"), "αποθηκεύτηκε");
    assertTrue(staff.getCurrentUrl().contains("enterprise=" + cooperative.enterpriseId()));
    Browser.waitForText(staff, By.cssSelector("table.data"), "Θυμαρίσιο μέλι Κρήτης");
    validHtml(staff);

    // the member reads who did it, then revokes after being asked
    member.get(
        base.resolve("dashboard/delegations?enterprise=" + cooperative.enterpriseId()).toString());
    WebElement log = member.findElement(By.id("delegation-log"));
    assertTrue(log.getText().contains("deleg-web-kentro"), log.getText());
    assertTrue(log.getText().contains("Επεξεργασία καταχώρισης: #" + honey), log.getText());
    member.findElement(By.partialLinkText("Ανάκληση:")).click();
    Browser.waitForText(member, By.id("confirm"), "Ανάκληση της πρόσβασης");
    Browser.assertAccessible(member);
    fitsA390PxScreen(member);
    Browser.screenshot(member, "delegations-revoke", 390);
    validHtml(member);
    member.findElement(By.id("delegations:yes")).click();
    Browser.waitForText(member, By.cssSelector(".messages"), "ανακλήθηκε");
    Browser.waitForText(member, By.cssSelector("#delegations .grants"), "Ανακλήθηκε");
    assertFalse(member.findElements(By.partialLinkText("Ανάκληση:")).size() > 0);
    assertTrue(
        member.findElement(By.id("delegation-log")).getText().contains("Ανακλήθηκε η πρόσβαση"));
    Browser.assertAccessible(member);
    fitsA390PxScreen(member);
    Browser.screenshot(member, "delegations-revoked", 390);
    validHtml(member);
    member.get(
        base.resolve("dashboard/delegations?enterprise=" + cooperative.enterpriseId() + "&lang=en")
            .toString());
    Browser.waitForText(member, By.tagName("h1"), "Delegated access");
    assertTrue(member.findElement(By.id("delegation-log")).getText().contains("Listing edited"));
    Browser.assertAccessible(member);
    validHtml(member);

    staff.get(
        base.resolve("dashboard/listings?enterprise=" + cooperative.enterpriseId()).toString());
    Browser.waitForText(staff, By.tagName("h1"), "Δεν επιτρέπεται η πρόσβαση");
    assertEquals(
        Database.value("SELECT title_el FROM listing WHERE id = ?", honey),
        "Θυμαρίσιο μέλι Κρήτης");
    assertFalse(staff.findElement(By.tagName("main")).getText().contains("Θυμαρίσιο μέλι Κρήτης"));
    staff.get(base.resolve("dashboard/municipality?lang=el").toString());
    assertTrue(staff.findElements(By.id("supported-title")).isEmpty(), "no longer supported");
  }
}
