package org.koinagora.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koinagora.fairs.TestFairs;
import org.koinagora.testsupport.Browser;
import org.koinagora.testsupport.Client;
import org.koinagora.testsupport.Database;
import org.koinagora.testsupport.DeployedWarIT;
import org.koinagora.testsupport.Listings;
import org.koinagora.testsupport.Member;
import org.koinagora.testsupport.Organiser;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
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
    var created =
        organiser
            .client()
            .postJson(
                "/api/v1/organiser/fairs",
                """
                {"titleEl":"Γιορτή Συνεταιρισμών","titleEn":"Cooperatives festival","descriptionEl":"Τοπικά προϊόντα και χειροτεχνία.",
                 "theme":"COOPERATIVES","venue":"Πάρκο Ελευθερίας","address":"Βασ. Σοφίας, Αθήνα","startsAt":"%s","endsAt":"%s",
                 "bookingOpensAt":"%s","bookingClosesAt":"%s","bookingMode":"INSTANT","maxStandsPerEnterprise":1,
                 "holdMinutes":15,"planWidth":30,"planDepth":12}
                """
                    .formatted(
                        now.plus(20, ChronoUnit.DAYS),
                        now.plus(21, ChronoUnit.DAYS),
                        now.minus(1, ChronoUnit.HOURS),
                        now.plus(10, ChronoUnit.DAYS)),
                organiser.token());
    long fairId = Client.json(created).getJsonNumber("id").longValue();
    organiser
        .client()
        .postJson(
            "/api/v1/organiser/fairs/" + fairId + "/stands",
            "{\"prefix\":\"A\",\"count\":6,\"x\":1,\"y\":1,\"width\":4,\"depth\":3,\"price\":\"0\",\"features\":[\"COVERED\",\"STEP_FREE\"]}",
            organiser.token());
    organiser
        .client()
        .postJson(
            "/api/v1/organiser/fairs/" + fairId + "/stands",
            "{\"prefix\":\"B\",\"count\":5,\"x\":1,\"y\":7,\"width\":5,\"depth\":4,\"price\":\"30\",\"features\":[\"ELECTRICITY\"]}",
            organiser.token());
    organiser
        .client()
        .postJson("/api/v1/organiser/fairs/" + fairId + "/publish", "{}", organiser.token());
    Member rival = Member.of(base, "rival", true);
    long firstStand =
        Client.json(new Client(base).get("/api/v1/fairs/" + fairId))
            .getJsonArray("stands")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    assertEquals(
        201,
        rival
            .client()
            .postJson(
                "/api/v1/fairs/" + fairId + "/bookings",
                "{\"standId\":" + firstStand + "}",
                rival.token())
            .statusCode());

    Member exhibitor = Member.of(base, "exhibitor", true);
    Browser.signIn(browser, base, exhibitor.email());

    browser.get(base.resolve("fairs/" + fairId).toString());
    assertEquals("Γιορτή Συνεταιρισμών", browser.findElement(By.tagName("h1")).getText());
    WebElement taken = browser.findElement(By.cssSelector(".floor-plan g.stand.taken"));
    assertTrue(
        taken.getAttribute("aria-label").contains("A1")
            && taken.getAttribute("aria-label").contains("κρατημένο"),
        "a taken stand says so in words: " + taken.getAttribute("aria-label"));
    Browser.assertAccessible(browser);
    Browser.screenshot(browser, "fair-plan", 1280);
    Browser.screenshot(browser, "fair-plan", 360);

    // keyboard only: Tab from the plan's first free stand to the next, then Enter
    WebElement first = browser.findElement(By.cssSelector(".floor-plan a.stand"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", first);
    assertTrue(
        first.getAttribute("aria-label").startsWith("Περίπτερο A2"),
        first.getAttribute("aria-label"));
    browser.switchTo().activeElement().sendKeys(Keys.TAB);
    WebElement focused = browser.switchTo().activeElement();
    assertTrue(
        focused.getAttribute("aria-label").startsWith("Περίπτερο A3"),
        "Tab moves to the next stand: " + focused.getAttribute("aria-label"));
    focused.sendKeys(Keys.ENTER);

    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(d -> d.getCurrentUrl().contains("/dashboard/book-stand"));
    assertTrue(browser.findElement(By.cssSelector(".facts")).getText().contains("A3"));
    Browser.assertAccessible(browser);
    WebElement book = browser.findElement(By.id("form:book"));
    book.sendKeys(Keys.ENTER);
    waitForMessage("Το περίπτερο A3 κλείστηκε");

    browser.get(base.resolve("fairs/" + fairId).toString());
    assertTrue(browser.findElement(By.cssSelector("table.stands")).getText().contains("A3"));
    assertEquals(
        2,
        browser.findElements(By.cssSelector(".floor-plan g.stand.taken")).size(),
        "A1 and A3 are taken now");
    assertTrue(
        browser
            .findElement(By.cssSelector("section[aria-labelledby='exhibitors-title']"))
            .getText()
            .contains("Επιχείρηση exhibitor"));
  }

  @Test
  void anOrganiserCreatesAFairAddsARowOfStandsAndPublishesIt() throws Exception {
    Organiser organiser = Organiser.of(base, "desk");
    Browser.signIn(browser, base, organiser.email());

    browser.get(base.resolve("dashboard/municipality").toString());
    Browser.assertAccessible(browser);
    browser.findElement(By.id("create:titleEl")).sendKeys("Αγορά αγροτών Πειραιά");
    browser
        .findElement(By.id("create:descriptionEl"))
        .sendKeys("Κάθε Κυριακή, παραγωγοί και συνεταιρισμοί.");
    browser.findElement(By.id("create:venue")).sendKeys("Πλατεία Κοραή");
    browser.findElement(By.id("create:address")).sendKeys("Πλατεία Κοραή, Πειραιάς");
    var now = LocalDateTime.now().withSecond(0).withNano(0);
    setValue("create:startsAt", now.plusDays(10));
    setValue("create:endsAt", now.plusDays(10).plusHours(8));
    setValue("create:bookingOpensAt", now.minusDays(1));
    setValue("create:bookingClosesAt", now.plusDays(8));
    var ownRegionOnly = browser.findElement(By.id("create:ownRegionOnly"));
    assertTrue(ownRegionOnly.isSelected(), "a new fair admits its region's enterprises by default");
    ownRegionOnly.click(); // the Cretan farmer below may book at this Athens fair
    browser.findElement(By.id("create:submit")).click();
    waitForMessage("δημιουργήθηκε ως πρόχειρο");

    browser.findElement(By.cssSelector("input[id$=':prefix']")).sendKeys("A");
    browser.findElement(By.cssSelector("input[id$=':count']")).sendKeys("8");
    browser.findElement(By.cssSelector("input[id$=':price']")).sendKeys("0");
    browser.findElements(By.cssSelector(".row-form button")).get(0).click();
    waitForMessage("Η σειρά περιπτέρων προστέθηκε");
    browser.findElement(By.xpath("//button[contains(., 'Δημοσίευση της έκθεσης')]")).click();
    waitForMessage("Η έκθεση δημοσιεύτηκε");
    Browser.screenshot(browser, "organiser", 1280);

    browser.findElement(By.linkText("δημόσια σελίδα")).click();
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(d -> d.findElement(By.tagName("h1")).getText().contains("Αγορά αγροτών Πειραιά"));
    assertEquals(
        8,
        browser.findElements(By.cssSelector(".floor-plan a.stand")).size(),
        "eight free stands to pick");

    // at the gate, on a phone
    long fairId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/fairs/(\\d+).*", "$1"));
    Member farmer = Member.of(base, "farmer", true);
    long stand =
        Client.json(new Client(base).get("/api/v1/fairs/" + fairId))
            .getJsonArray("stands")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    assertEquals(
        201,
        farmer
            .client()
            .postJson(
                "/api/v1/fairs/" + fairId + "/bookings",
                "{\"standId\":" + stand + "}",
                farmer.token())
            .statusCode());
    browser.manage().window().setSize(new Dimension(360, 740));
    browser.get(base.resolve("dashboard/check-in?fair=" + fairId).toString());
    Browser.assertAccessible(browser);
    browser.findElement(By.xpath("//button[contains(., 'Άφιξη στο A1')]")).click();
    waitForMessage("άφιξη στο περίπτερο A1");
    assertTrue(
        browser
            .findElement(By.cssSelector(".check-in li.arrived"))
            .getText()
            .contains("Επιχείρηση farmer"));
    Browser.screenshot(browser, "check-in", 360);
  }

  @Test
  void anOrganiserMovesAndDeletesStandsOnThePlanEditorThenCancelsTheFair() throws Exception {
    Organiser organiser = Organiser.of(base, "editor");
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    var created =
        organiser
            .client()
            .postJson(
                "/api/v1/organiser/fairs",
                """
                {"titleEl":"Χριστουγεννιάτικη αγορά","descriptionEl":"Δώρα από κοινωνικές επιχειρήσεις.",
                 "theme":"CHRISTMAS_MARKET","venue":"Πλατεία Αγίου Γεωργίου","address":"Ηράκλειο","startsAt":"%s","endsAt":"%s",
                 "bookingOpensAt":"%s","bookingClosesAt":"%s","bookingMode":"INSTANT","maxStandsPerEnterprise":1,
                 "holdMinutes":15,"planWidth":24,"planDepth":12}
                """
                    .formatted(
                        now.plus(20, ChronoUnit.DAYS),
                        now.plus(21, ChronoUnit.DAYS),
                        now.minus(1, ChronoUnit.HOURS),
                        now.plus(10, ChronoUnit.DAYS)),
                organiser.token());
    long fairId = Client.json(created).getJsonNumber("id").longValue();
    organiser
        .client()
        .postJson(
            "/api/v1/organiser/fairs/" + fairId + "/stands",
            "{\"prefix\":\"A\",\"count\":4,\"x\":0,\"y\":0,\"width\":3,\"depth\":3,\"price\":\"15\"}",
            organiser.token());
    organiser
        .client()
        .postJson("/api/v1/organiser/fairs/" + fairId + "/publish", "{}", organiser.token());
    Member early = Member.of(base, "early", true);
    long firstStand =
        Client.json(new Client(base).get("/api/v1/fairs/" + fairId))
            .getJsonArray("stands")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    assertEquals(
        201,
        early
            .client()
            .postJson(
                "/api/v1/fairs/" + fairId + "/bookings",
                "{\"standId\":" + firstStand + "}",
                early.token())
            .statusCode());

    Browser.signIn(browser, base, organiser.email());

    browser.get(base.resolve("dashboard/fair-edit?fair=" + fairId).toString());
    assertTrue(
        browser.findElement(By.cssSelector("table.stand-editor")).getText().contains("Κρατημένο"),
        "A1 is booked: it stays as it is");
    Browser.assertAccessible(browser);
    var row =
        browser.findElement(
            By.xpath("//table[contains(@class,'stand-editor')]//tr[th[normalize-space()='A2']]"));
    WebElement across = row.findElement(By.cssSelector("input[id$=':x']"));
    across.clear();
    across.sendKeys("12");
    WebElement down = row.findElement(By.cssSelector("input[id$=':y']"));
    down.clear();
    down.sendKeys("6");
    row.findElement(By.xpath(".//label[contains(., 'ρεύμα')]")).click();
    row.findElement(By.xpath(".//button[contains(., 'Αποθήκευση A2')]")).click();
    waitForMessage("Το περίπτερο A2 αποθηκεύτηκε");
    WebElement moved =
        browser.findElement(
            By.xpath(
                "//*[local-name()='g' and contains(@class,'stand')][*[local-name()='title' and"
                    + " normalize-space()='A2']]/*[local-name()='rect']"));
    assertEquals("12.1", moved.getAttribute("x"), "the plan shows A2 where it was moved");
    browser
        .findElement(
            By.xpath("//tr[th[normalize-space()='A4']]//button[contains(., 'Διαγραφή A4')]"))
        .click();
    waitForMessage("Το περίπτερο A4 διαγράφηκε");
    assertEquals(3, browser.findElements(By.cssSelector("table.stand-editor > tbody > tr")).size());
    Browser.screenshot(browser, "fair-edit", 1280);

    browser.get(base.resolve("dashboard/municipality").toString());
    Browser.assertAccessible(
        browser); // with a published fair: close, cancel, social pricing and the PDF links
    browser
        .findElement(By.cssSelector("input[id$=':cancelReason']"))
        .sendKeys("Ο χώρος δεν είναι διαθέσιμος");
    browser.findElement(By.xpath("//button[contains(., 'Ακύρωση της έκθεσης')]")).click();
    // asked once, saying what ends and who is told; nothing is cancelled yet
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(d -> !d.findElements(By.cssSelector("[role=alertdialog]")).isEmpty());
    assertTrue(
        browser
            .findElement(By.cssSelector("[role=alertdialog]"))
            .getText()
            .contains("λήγει μία κράτηση"),
        browser.findElement(By.cssSelector("[role=alertdialog]")).getText());
    assertEquals("PUBLISHED", Database.value("SELECT status FROM fair WHERE id = ?", fairId));
    Browser.assertAccessible(browser);
    browser.findElement(By.xpath("//button[contains(., 'Ναι, ακύρωση της έκθεσης')]")).click();
    waitForMessage("Η έκθεση ακυρώθηκε");
    assertEquals(
        "CANCELLED",
        Database.value("SELECT status FROM stand_booking WHERE stand_id = ?", firstStand));
    browser.get(base.resolve("fairs/" + fairId).toString());
    assertTrue(
        browser
            .findElement(By.cssSelector("[role=alert]"))
            .getText()
            .contains("Ο χώρος δεν είναι διαθέσιμος"));
    Browser.assertAccessible(browser);
  }

  @Test
  void aLeadAddsACoOrganiserWhoseStaffThenManageTheFairButDoNotCancelIt() throws Exception {
    Organiser lead = Organiser.of(base, "browserlead");
    Organiser partner = Organiser.of(base, "browserpartner");
    long fairId = TestFairs.published(lead, "INSTANT", 1, 4, "0");
    Browser.signIn(browser, base, lead.email());
    browser.get(base.resolve("dashboard/fair-edit?fair=" + fairId).toString());
    new Select(browser.findElement(By.id("coOrganisers:organisationId")))
        .selectByValue(String.valueOf(partner.municipalityId()));
    browser.findElement(By.id("coOrganisers:add")).click();
    waitForMessage("Ο φορέας προστέθηκε στους συνδιοργανωτές");
    Browser.assertAccessible(browser);
    Browser.screenshot(browser, "co-organisers", 1280);

    browser.manage().deleteAllCookies();
    Browser.signIn(browser, base, partner.email());
    browser.manage().window().setSize(new Dimension(390, 844));
    browser.get(base.resolve("dashboard/municipality").toString());
    String panel =
        browser.findElement(By.id("fair-" + fairId)).findElement(By.xpath("..")).getText();
    assertTrue(panel.contains("ο φορέας σας συνδιοργανώνει"), panel);
    assertTrue(panel.contains("Την έκθεση την ακυρώνει μόνο ο επικεφαλής"), panel);
    assertTrue(
        browser.findElements(By.xpath("//button[contains(., 'Ακύρωση της έκθεσης')]")).isEmpty(),
        "no cancel form for a co-organiser");
    Browser.assertAccessible(browser);
    Browser.screenshot(browser, "co-organiser-dashboard", 390);
    browser.get(base.resolve("dashboard/fair-edit?fair=" + fairId).toString());
    assertTrue(
        browser.findElements(By.xpath("//button[starts-with(., 'Αφαίρεση')]")).isEmpty(),
        "only the lead removes a co-organiser");

    browser.manage().deleteAllCookies();
    Browser.signIn(browser, base, lead.email());
    browser.get(base.resolve("dashboard/fair-edit?fair=" + fairId).toString());
    browser.findElement(By.xpath("//button[starts-with(., 'Αφαίρεση')]")).click();
    waitForMessage("Ο φορέας δεν συνδιοργανώνει πια την έκθεση");
  }

  @Test
  void aPartnershipInvitesAnEnterpriseWhichAccepts() throws Exception {
    Organiser partnership = Organiser.of(base, "browsersymprazi");
    Database.update(
        "UPDATE organisation SET kind = 'PARTNERSHIP' WHERE id = ?", partnership.municipalityId());
    Member cooperative = Member.of(base, "browsermember", true);
    Browser.signIn(browser, base, partnership.email());
    browser.get(base.resolve("dashboard/municipality").toString());
    new Select(browser.findElement(By.id("members:candidate")))
        .selectByValue("ENTERPRISE:" + cooperative.enterpriseId());
    browser.findElement(By.id("members:invite")).click();
    waitForMessage("Η πρόσκληση στάλθηκε");
    assertTrue(
        browser
            .findElement(By.cssSelector("section[aria-labelledby='members-title']"))
            .getText()
            .contains("Επιχείρηση browsermember · επιχείρηση · έχει προσκληθεί"));
    Browser.assertAccessible(browser);

    browser.manage().deleteAllCookies();
    Browser.signIn(browser, base, cooperative.email());
    browser.manage().window().setSize(new Dimension(390, 844));
    browser.get(base.resolve("dashboard/enterprise").toString());
    Browser.assertAccessible(browser);
    Browser.screenshot(browser, "partnership-invitation", 390);
    browser.findElement(By.xpath("//button[starts-with(., 'Αποδοχή: ')]")).click();
    waitForMessage("Είστε πλέον μέλος της σύμπραξης");
    assertTrue(
        browser.findElements(By.id("partnership-invitations-title")).isEmpty(),
        "nothing left to answer");
    browser.get(base.resolve("organisations/" + partnership.municipalityId()).toString());
    assertTrue(
        browser
            .findElement(By.cssSelector("section[aria-labelledby='members-title']"))
            .getText()
            .contains("Επιχείρηση browsermember"));
  }

  @Test
  void anOrganiserCapsACategoryAndAnExhibitorBooksNamingItsCategory() throws Exception {
    Organiser organiser = Organiser.of(base, "browserquota");
    long fairId = TestFairs.published(organiser, "INSTANT", 1, 4, "0");
    long honey =
        ((Number) Database.value("SELECT id FROM category WHERE path = 'food/honey'")).longValue();
    Browser.signIn(browser, base, organiser.email());
    browser.get(base.resolve("dashboard/fair-edit?fair=" + fairId).toString());
    browser.findElement(By.id("quotas:saveQuota")).click();
    Browser.waitForText(browser, By.id("quotas:quotaCategory-msg"), "Επιλέξτε κατηγορία προϊόντων");
    new Select(browser.findElement(By.id("quotas:quotaCategory")))
        .selectByValue(String.valueOf(honey));
    browser.findElement(By.id("quotas:quotaMax")).sendKeys("1");
    browser.findElement(By.id("quotas:saveQuota")).click();
    waitForMessage("Τα όρια αποθηκεύτηκαν");
    assertTrue(
        browser
            .findElement(By.cssSelector("section[aria-labelledby='quotas-title'] table"))
            .getText()
            .contains("Τρόφιμα και ποτά › Μέλι"));
    Browser.assertAccessible(browser);
    Browser.screenshot(browser, "category-quotas", 1280);

    Member beekeeper = Member.of(base, "browserbeekeeper", true);
    Listings.product(beekeeper, "Πευκόμελο", "9.00", null);
    var oil =
        beekeeper
            .client()
            .postJson(
                "/api/v1/me/listings",
                """
                {"kind":"PRODUCT","title":{"el":"Ελαιόλαδο"},"description":{"el":"Αγουρέλαιο."},
                 "price":"12.00","vatRate":13,"unit":"PIECE","category":"food/olive-oil","status":"ACTIVE"}
                """,
                beekeeper.token());
    assertEquals(201, oil.statusCode(), oil.body());
    long stand = TestFairs.standIds(base, fairId).get(0);
    browser.manage().deleteAllCookies();
    Browser.signIn(browser, base, beekeeper.email());
    browser.manage().window().setSize(new Dimension(390, 844));
    browser.get(base.resolve("dashboard/book-stand?fair=" + fairId + "&stand=" + stand).toString());
    browser.findElement(By.id("form:book")).click();
    Browser.waitForText(browser, By.id("form:category-msg"), "Επιλέξτε τι θα εκθέσετε");
    Browser.assertAccessible(browser);
    Browser.screenshot(browser, "book-stand-category", 390);
    new Select(browser.findElement(By.id("form:category"))).selectByValue(String.valueOf(honey));
    browser.findElement(By.id("form:book")).click();
    waitForMessage("κλείστηκε");
    browser.get(base.resolve("fairs/" + fairId).toString());
    assertTrue(
        browser
            .findElement(By.cssSelector(".facts"))
            .getText()
            .contains("Τρόφιμα και ποτά › Μέλι: απομένουν 0 από 1"),
        browser.findElement(By.cssSelector(".facts")).getText());
  }

  @Test
  void aBookerSharesItsStandOnAPhoneAndTheInvitedEnterpriseAcceptsNamingWhatItExhibits()
      throws Exception {
    Organiser organiser = Organiser.of(base, "browserconsortium");
    long fairId = TestFairs.published(organiser, "INSTANT", 1, 2, "24.00");
    Member booker = Member.of(base, "browserbooker", true);
    Member sharer = Member.of(base, "browsersharer", true);
    Listings.product(sharer, "Κεραμικά", "9.00", null);
    TestFairs.book(booker, fairId, TestFairs.standIds(base, fairId).get(0));

    Browser.signIn(browser, base, booker.email());
    browser.manage().window().setSize(new Dimension(390, 844));
    browser.get(base.resolve("dashboard/enterprise").toString());
    browser.findElement(By.xpath("//a[contains(., 'Κοινό περίπτερο A1')]")).click();
    Browser.waitForText(browser, By.tagName("h1"), "Μοιραστείτε το περίπτερό σας");
    browser.findElement(By.id("form:invite")).click();
    Browser.waitForText(browser, By.id("form:enterprise-msg"), "Επιλέξτε άλλη επαληθευμένη");
    new Select(browser.findElement(By.id("form:enterprise")))
        .selectByValue(String.valueOf(sharer.enterpriseId()));
    browser.findElement(By.id("form:share")).sendKeys("30");
    browser.findElement(By.id("form:invite")).click();
    Browser.waitForText(browser, By.id("form:share-msg"), "έως την τιμή του περιπτέρου");
    assertEquals(
        String.valueOf(sharer.enterpriseId()),
        new Select(browser.findElement(By.id("form:enterprise")))
            .getFirstSelectedOption()
            .getAttribute("value"),
        "the choice is kept");
    browser.findElement(By.id("form:share")).clear();
    browser.findElement(By.id("form:share")).sendKeys("8,50");
    browser.findElement(By.id("form:invite")).click();
    waitForMessage("Η πρόσκληση στάλθηκε");
    String invited =
        browser.findElement(By.cssSelector("section[aria-labelledby='invited-title']")).getText();
    assertTrue(
        invited.contains("Επιχείρηση browsersharer · μέρος του τέλους: 8,50 € · Προσκλήθηκε"),
        invited);
    Browser.assertAccessible(browser);
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].scrollIntoView()", browser.findElement(By.id("invited-title")));
    Browser.screenshot(browser, "share-stand", 390);

    browser.manage().deleteAllCookies();
    Browser.signIn(browser, base, sharer.email());
    browser.get(base.resolve("dashboard/enterprise").toString());
    Browser.assertAccessible(browser);
    Browser.screenshot(browser, "consortium-invitation", 390);
    browser.findElement(By.xpath("//button[contains(., 'Αποδοχή για το περίπτερο A1')]")).click();
    waitForMessage("Μοιράζεστε πλέον το περίπτερο A1");
    assertTrue(
        browser
            .findElement(By.cssSelector("section[aria-labelledby='shared-stands-title']"))
            .getText()
            .contains("Επιχείρηση browserbooker"));
    assertTrue(browser.findElements(By.id("co-invitations-title")).isEmpty());

    browser.manage().deleteAllCookies();
    Browser.signIn(browser, base, organiser.email());
    browser.manage().window().setSize(new Dimension(1280, 900));
    browser.get(base.resolve("dashboard/municipality").toString());
    browser
        .findElement(
            By.xpath("//button[contains(., 'Καταχώριση πληρωμής: Επιχείρηση browsersharer')]"))
        .click();
    waitForMessage("Η πληρωμή του μέρους του τέλους καταχωρίστηκε");
    assertTrue(
        browser
            .findElement(By.xpath("//tr[contains(@class, 'co-exhibitor')]"))
            .getText()
            .contains("Εξοφλημένο μέρος του τέλους"),
        browser.findElement(By.xpath("//tr[contains(@class, 'co-exhibitor')]")).getText());
    Browser.assertAccessible(browser);
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].scrollIntoView({block: 'center'})",
            browser.findElement(By.xpath("//tr[contains(@class, 'co-exhibitor')]")));
    Browser.screenshot(browser, "consortium-organiser", 1280);
  }

  private void setValue(String id, LocalDateTime value) {
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].value = arguments[1]", browser.findElement(By.id(id)), value.toString());
  }

  private void waitForMessage(String text) throws Exception {
    try {
      // while the page reloads, elements found a moment ago may be gone: keep asking
      new WebDriverWait(browser, Duration.ofSeconds(15))
          .ignoring(StaleElementReferenceException.class)
          .ignoring(WebDriverException.class)
          .until(
              d ->
                  d.findElements(By.cssSelector(".messages")).stream()
                      .anyMatch(m -> m.getText().contains(text)));
    } catch (TimeoutException e) {
      Browser.screenshot(browser, "failed-waiting", 1280);
      throw new AssertionError(
          "no message «"
              + text
              + "»; the page says: "
              + browser.findElement(By.tagName("main")).getText(),
          e);
    }
  }
}
