package org.koinagora.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koinagora.testsupport.Browser;
import org.koinagora.testsupport.Database;
import org.koinagora.testsupport.DeployedWarIT;
import org.koinagora.testsupport.Images;
import org.koinagora.testsupport.Member;
import org.koinagora.testsupport.People;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An enterprise member lists a product with a picture; a buyer finds it on its page. */
class ListingBrowserIT extends DeployedWarIT {

  WebDriver member;
  WebDriver buyer;

  @BeforeEach
  void open() {
    member = Browser.open();
    buyer = Browser.open();
  }

  @AfterEach
  void close() {
    member.quit();
    buyer.quit();
  }

  @Test
  void aListingWithAPictureReachesItsProductPage() throws Exception {
    Member seller = Member.of(base, "seller", true);
    member.get(base.resolve("login?lang=el").toString());
    member.findElement(By.id("form:email")).sendKeys(seller.email());
    member.findElement(By.id("form:password")).sendKeys(People.PASSWORD);
    member.findElement(By.id("form:submit")).click();
    new WebDriverWait(member, Duration.ofSeconds(15))
        .until(d -> d.getCurrentUrl().contains("/dashboard/enterprise"));

    member.get(base.resolve("dashboard/listing-edit").toString());
    Browser.assertAccessible(member);
    new Select(member.findElement(By.id("form:kind"))).selectByValue("PRODUCT");
    member.findElement(By.id("form:titleEl")).sendKeys("Χειροποίητο σαπούνι λεβάντας");
    member.findElement(By.id("form:titleEn")).sendKeys("Handmade lavender soap");
    member
        .findElement(By.id("form:descriptionEl"))
        .sendKeys("Σαπούνι με ελαιόλαδο και λεβάντα από τον κήπο μας.");
    new Select(member.findElement(By.id("form:category"))).selectByValue("cosmetics/soap");
    member.findElement(By.id("form:price")).sendKeys("4,80");
    new Select(member.findElement(By.id("form:vatRate"))).selectByValue("24");
    member.findElement(By.id("form:stock")).sendKeys("12");
    member.findElement(By.id("form:weightGrams")).sendKeys("0");
    member.findElement(By.cssSelector("input[value='HANDMADE']")).click();
    member.findElement(By.id("form:save")).click();
    Browser.waitForText(member, By.id("form:weightGrams-msg"), "από 1 έως 100000");
    assertEquals("4,80", member.findElement(By.id("form:price")).getAttribute("value"));
    WebElement weight = member.findElement(By.id("form:weightGrams"));
    weight.clear();
    weight.sendKeys("120");
    member.findElement(By.id("form:save")).click();

    Browser.waitForText(member, By.cssSelector(".messages"), "Η καταχώριση δημιουργήθηκε");
    Path picture = Files.createTempFile("soap", ".png");
    Files.write(picture, Images.png(1600, 1200));
    member.findElement(By.id("images:file")).sendKeys(picture.toString());
    member.findElement(By.id("images:upload")).click();
    Browser.waitForText(member, By.cssSelector(".messages"), "Η φωτογραφία προστέθηκε");
    assertEquals(1, member.findElements(By.cssSelector(".thumbs img")).size());
    Browser.assertAccessible(member);
    Browser.screenshot(member, "listing-edit", 1280);
    Object listingId =
        Database.value("SELECT id FROM listing WHERE title_el = ?", "Χειροποίητο σαπούνι λεβάντας");

    buyer.get(base.resolve("products/" + listingId + "?lang=el").toString());
    assertEquals("Χειροποίητο σαπούνι λεβάντας", buyer.findElement(By.tagName("h1")).getText());
    assertTrue(buyer.findElement(By.cssSelector(".price")).getText().contains("4,80"));
    assertEquals("Βάρος: 120 g", buyer.findElement(By.cssSelector(".weight")).getText());
    WebElement image = buyer.findElement(By.cssSelector(".main-image"));
    Number width =
        (Number)
            ((JavascriptExecutor) buyer).executeScript("return arguments[0].naturalWidth", image);
    assertEquals(1200, width.intValue(), "the display size is served and loads");
    Browser.assertAccessible(buyer);
    Browser.screenshot(buyer, "product", 1280);
    Browser.screenshot(buyer, "product", 360);
    buyer.get(base.resolve("products/" + listingId + "?lang=en").toString());
    assertEquals("Handmade lavender soap", buyer.findElement(By.tagName("h1")).getText());

    // edited, picture and all: the price is shown back as it was typed, and search finds the new
    // name at once
    member.get(base.resolve("dashboard/listing-edit?id=" + listingId + "&lang=el").toString());
    assertEquals("4,80", member.findElement(By.id("form:price")).getAttribute("value"));
    WebElement title = member.findElement(By.id("form:titleEl"));
    title.clear();
    title.sendKeys("Σαπούνι λεβάντας με θυμαρίσιο μέλι");
    member.findElement(By.id("form:save")).click();
    Browser.waitForText(member, By.cssSelector(".messages"), "Η καταχώριση αποθηκεύτηκε");
    member.get(base.resolve("dashboard/listing-edit?id=" + listingId + "&lang=el").toString());
    assertEquals(1, member.findElements(By.cssSelector(".thumbs img")).size(), "the picture stays");
    buyer.get(
        base.resolve(
                "search?q=" + URLEncoder.encode("θυμαρίσιο", StandardCharsets.UTF_8) + "&lang=el")
            .toString());
    assertTrue(
        buyer
            .findElement(By.tagName("main"))
            .getText()
            .contains("Σαπούνι λεβάντας με θυμαρίσιο μέλι"),
        buyer.findElement(By.tagName("main")).getText());
  }

  @Test
  void aBuyerFindsAListingFromTheHeaderWithTheKeyboard() throws Exception {
    Member seller = Member.of(base, "candles", true);
    var created =
        seller
            .client()
            .postJson(
                "/api/v1/me/listings",
                """
                {"kind":"PRODUCT","title":{"el":"Κερί σόγιας με κανέλα","en":"Soy candle with cinnamon"},
                 "description":{"el":"Αρωματικό κερί από σόγια, χειροποίητο.","en":"Scented soy wax candle, handmade."},
                 "price":"9.00","vatRate":24,"unit":"PIECE","stock":7,"category":"home-garden",
                 "tags":["handmade"],"status":"ACTIVE"}
                """,
                seller.token());
    assertEquals(201, created.statusCode(), created.body());

    buyer.get(base.resolve("?lang=el").toString());
    WebElement box = buyer.findElement(By.id("q_input"));
    box.sendKeys("κερι σογ");
    WebElement suggestion =
        Browser.waitForText(
            buyer, By.cssSelector(".ui-autocomplete-panel li"), "Κερί σόγιας με κανέλα");
    assertEquals("option", suggestion.getAttribute("role"), "suggestions are announced as options");
    Browser.screenshot(buyer, "search-suggestions", 1280);
    box.sendKeys(Keys.ARROW_DOWN);
    box.sendKeys(Keys.ENTER);
    new WebDriverWait(buyer, Duration.ofSeconds(5))
        .until(d -> "Κερί σόγιας με κανέλα".equals(box.getAttribute("value")));
    Thread.sleep(
        500); // the box asks again for the completed words; Escape closes that list, Enter searches
    box.sendKeys(Keys.ESCAPE);
    box.sendKeys(Keys.ENTER);

    WebElement result =
        Browser.waitForText(buyer, By.cssSelector(".results h3"), "Κερί σόγιας με κανέλα");
    assertTrue(buyer.getCurrentUrl().contains("/search?"), buyer.getCurrentUrl());
    assertEquals(
        3,
        result.findElements(By.tagName("mark")).size(),
        "the words searched are marked: " + result.getText());
    Browser.assertAccessible(buyer);
    Browser.screenshot(buyer, "search", 1280);
    Browser.screenshot(buyer, "search", 360);

    buyer.findElement(By.cssSelector("input[name='tag'][value='handmade']")).click();
    buyer.findElement(By.cssSelector(".facets button[type='submit']")).click();
    Browser.waitForText(buyer, By.cssSelector(".results h3"), "Κερί σόγιας με κανέλα");
    assertTrue(buyer.getCurrentUrl().contains("tag=handmade"));
    assertTrue(
        buyer.findElement(By.cssSelector("input[name='tag'][value='handmade']")).isSelected(),
        "the chosen filter stays ticked");
  }
}
