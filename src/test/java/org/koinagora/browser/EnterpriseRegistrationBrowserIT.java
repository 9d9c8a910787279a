package org.koinagora.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koinagora.testsupport.Browser;
import org.koinagora.testsupport.Database;
import org.koinagora.testsupport.DeployedWarIT;
import org.koinagora.testsupport.People;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** A person registers, registers their enterprise, and sees it waiting for verification. */
class EnterpriseRegistrationBrowserIT extends DeployedWarIT {

  WebDriver driver;

  @BeforeEach
  void open() {
    driver = Browser.open();
  }

  @AfterEach
  void close() {
    driver.quit();
  }

  @Test
  void registeringAnAccountAndAnEnterpriseShowsItPending() throws Exception {
    driver.get(base.resolve("?lang=el").toString());
    Browser.assertAccessible(driver);
    Browser.screenshot(driver, "home", 1280);
    Browser.screenshot(driver, "home", 360);
    driver.manage().window().setSize(new Dimension(1280, 900));

    driver.findElement(By.linkText("Εγγραφή")).click();
    Browser.assertAccessible(driver);
    String email = People.newEmail("browser");
    driver.findElement(By.id("form:email")).sendKeys(email);
    driver.findElement(By.id("form:name")).sendKeys("Αγγελική Browser");
    driver.findElement(By.id("form:password")).sendKeys(People.PASSWORD);
    driver.findElement(By.id("form:passwordRepeat")).sendKeys(People.PASSWORD);
    driver.findElement(By.id("form:submit")).click();
    assertTrue(
        waitFor(By.cssSelector("main .notice"))
            .getText()
            .contains("Στείλαμε έναν σύνδεσμο στο " + email));
    Browser.assertAccessible(driver);
    Browser.screenshot(driver, "register-sent", 390);
    driver.manage().window().setSize(new Dimension(1280, 900));

    driver.get(base.resolve(People.confirmationLink(email).substring(1)).toString());
    Browser.assertAccessible(driver);
    driver.findElement(By.id("form:confirm")).click();
    assertTrue(
        waitFor(By.cssSelector(".messages")).getText().contains("Η διεύθυνσή σας επιβεβαιώθηκε"),
        driver.getCurrentUrl() + "\n" + driver.findElement(By.tagName("main")).getText());
    Browser.assertAccessible(driver);
    driver.findElement(By.id("form:email")).sendKeys(email);
    driver.findElement(By.id("form:password")).sendKeys(People.PASSWORD);
    driver.findElement(By.id("form:submit")).click();

    waitFor(By.linkText("Καταχωρίστε την κοινωνική σας επιχείρηση")).click();
    waitFor(By.id("form:name"));
    Browser.assertAccessible(driver);
    driver.findElement(By.id("form:name")).sendKeys("Κοιν.Σ.Επ. Φυλλωσιά");
    new Select(driver.findElement(By.id("form:legalForm"))).selectByValue("KOINSEP");
    driver.findElement(By.id("form:registryNumber")).sendKeys("ΚΣΕ-2026-1234");
    driver.findElement(By.id("form:vatNumber")).sendKeys("123456780");
    new Select(driver.findElement(By.id("form:region"))).selectByValue("EPIRUS");
    driver.findElement(By.id("form:municipality")).sendKeys("Ιωάννινα");
    driver
        .findElement(By.id("form:descriptionEl"))
        .sendKeys("Φυτώρια και κηπουρική με ανθρώπους που επανεντάσσονται.");
    driver.findElement(By.id("form:impactEl")).sendKeys("Δουλειά για 8 ανθρώπους.");
    driver.findElement(By.id("form:contactEmail")).sendKeys("info@fyllosia.example");
    driver.findElement(By.id("form:save")).click();

    waitForText(By.id("form:vatNumber-msg"), "ΑΦΜ δεν είναι έγκυρος");
    assertEquals(
        "123456780",
        driver.findElement(By.id("form:vatNumber")).getAttribute("value"),
        "what was typed stays in the field");
    Browser.assertAccessible(driver);
    Browser.screenshot(driver, "enterprise-form-error", 1280);
    var vat = driver.findElement(By.id("form:vatNumber"));
    vat.clear();
    vat.sendKeys(People.newVatNumber());
    driver.findElement(By.id("form:save")).click();

    waitForText(By.cssSelector(".status"), "Αναμένει έλεγχο");
    assertTrue(driver.getPageSource().contains("Κοιν.Σ.Επ. Φυλλωσιά"));
    Browser.assertAccessible(driver);
    Browser.screenshot(driver, "dashboard-pending", 1280);
    Browser.screenshot(driver, "dashboard-pending", 360);
    assertEquals(
        "PENDING",
        Database.value("SELECT status FROM enterprise WHERE name = ?", "Κοιν.Σ.Επ. Φυλλωσιά"));
  }

  private WebElement waitFor(By locator) {
    return waitForText(locator, "");
  }

  private WebElement waitForText(By locator, String text) {
    return Browser.waitForText(driver, locator, text);
  }
}
