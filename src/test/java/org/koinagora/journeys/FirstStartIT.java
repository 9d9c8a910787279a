package org.koinagora.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.koinagora.devserver.PlatformProcess;
import org.koinagora.testsupport.Browser;
import org.koinagora.testsupport.Client;
import org.koinagora.testsupport.Images;
import org.koinagora.testsupport.People;
import org.koinagora.testsupport.ServerLog;
import org.koinagora.testsupport.TestInfrastructure;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The platform as a newcomer first starts it: an empty database, no mail server, no Stripe keys,
 * the demo data loading. Then every page each role reaches is swept in the browser (see {@link
 * Sweep}) and the journeys people take most are walked. The server log must stay free of errors.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FirstStartIT {

  static final String DEMO_PASSWORD = "demo-password";
  static final String BUYER = "buyer@demo.koinagora.org";
  static final String ENTERPRISE = "enterprise1@demo.koinagora.org";
  static final String APPLICANT = "enterprise2@demo.koinagora.org";
  static final String MUNICIPALITY = "municipality1@demo.koinagora.org";
  static final String ADMIN = "admin@demo.koinagora.org";

  private PlatformProcess server;
  private String database;
  private URI base;
  private ServerLog log;
  private WebDriver browser;

  @BeforeAll
  void startAsOnTheFirstDay() throws Exception {
    int port;
    try (var socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path root = Path.of("target", "first-start").toAbsolutePath();
    deleteRecursively(root);
    Files.createDirectories(root);
    database = TestInfrastructure.emptyFirstStartDatabase();
    base = URI.create("http://127.0.0.1:" + port + "/");
    // what the embedded launcher gives a newcomer; what failsafe set for the other tests is
    // switched off
    Map<String, String> firstDay =
        Map.ofEntries(
            Map.entry("KOINAGORA_DB_URL", database),
            Map.entry("KOINAGORA_DEMO_DATA", "true"),
            Map.entry("KOINAGORA_DATA_DIR", root.resolve("data").toString()),
            Map.entry("KOINAGORA_BASE_URL", base.toString().replaceAll("/$", "")),
            Map.entry("KOINAGORA_ADMIN_EMAIL", ""),
            Map.entry("KOINAGORA_ADMIN_PASSWORD", ""),
            Map.entry("KOINAGORA_MAIL_SMTP_HOST", ""),
            Map.entry("KOINAGORA_STRIPE_SECRET_KEY", ""),
            Map.entry("KOINAGORA_STRIPE_WEBHOOK_SECRET", ""));
    server =
        PlatformProcess.start(
            Path.of(System.getProperty("it.payara.jar")),
            Path.of(System.getProperty("it.war")),
            root,
            port,
            "-Xmx768m",
            firstDay,
            false);
    server.awaitReady();
    log = new ServerLog(root.resolve("server.log"));
    browser = Browser.open();
  }

  @AfterAll
  void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void freshBrowser() {
    browser.manage().deleteAllCookies();
    PageCheck.consoleErrors(browser); // what an earlier test left in the console is not this test's
  }

  /** Whatever a test did, the server logged no error it did not expect. */
  @AfterEach
  void logStaysClean() throws IOException {
    List<String> errors = log.newErrors();
    assertTrue(errors.isEmpty(), "the server logged errors:\n" + String.join("\n\n", errors));
  }

  @Test
  void theFirstStartLoadsTheDemoCatalogSearchableAtOnce() {
    var products = Client.json(new Client(base).getJson("/api/v1/products?size=1", null));
    assertTrue(
        products.getInt("total") >= 60,
        "the demo catalog is searchable: " + products.getInt("total"));
    var fairs = Client.json(new Client(base).getJson("/api/v1/fairs", null));
    assertTrue(fairs.getInt("total") >= 2, "the demo fairs are published");
  }

  @Test
  void aListingChangedAfterTheFirstStartIsFoundAndShownAtOnce() {
    Client seller = new Client(base);
    String token = People.token(seller, ENTERPRISE, DEMO_PASSWORD);
    String title = "Κεραλοιφή πρώτης μέρας";
    var created =
        seller.postJson(
            "/api/v1/me/listings",
            """
            {"kind":"PRODUCT","title":{"el":"%s","en":"First day balm"},"description":{"el":"Σε βάζο των 50 ml.","en":"In a 50 ml jar."},
             "price":"6.50","vatRate":24,"unit":"PIECE","stock":4,"category":"cosmetics/skin-care","tags":["handmade"],"status":"ACTIVE"}
            """
                .formatted(title),
            token);
    assertEquals(201, created.statusCode(), created.body());
    long id = Client.json(created).getJsonNumber("id").longValue();
    assertTrue(finds("Κεραλοιφή", id), "searchable as soon as it is created");

    Client visitor = new Client(base);
    assertTrue(
        visitor.get("/products/" + id).body().contains(title),
        "the product page (now in the page cache)");
    var edited =
        seller.putJson(
            "/api/v1/me/listings/" + id,
            """
            {"kind":"PRODUCT","title":{"el":"Σαπούνι καλέντουλας","en":"Calendula soap"},"description":{"el":"Σε βάζο των 50 ml.","en":"In a 50 ml jar."},
             "price":"6.50","vatRate":24,"unit":"PIECE","stock":4,"category":"cosmetics/skin-care","tags":["handmade"],"status":"ACTIVE"}
            """,
            token);
    assertEquals(200, edited.statusCode(), edited.body());
    assertTrue(
        visitor.get("/products/" + id).body().contains("Σαπούνι καλέντουλας"),
        "the cached page was dropped");
    assertFalse(finds("Κεραλοιφή", id), "no longer found by its old name");
    assertTrue(finds("καλέντουλας", id), "found by its new name");

    assertEquals(200, seller.delete("/api/v1/me/listings/" + id, token).statusCode());
    assertFalse(finds("καλέντουλας", id), "archived, gone from search");
  }

  /**
   * ops/backup.sh while the platform runs, then ops/restore.sh into an empty database and data
   * directory: the restored database dumps to the same statements, holds the demo data, Flyway
   * finds it current, and the pictures came along.
   */
  @Test
  void aBackupRestoredIntoAnEmptyDatabaseHoldsTheDemoDataWhole() throws Exception {
    Client seller = new Client(base);
    String token = People.token(seller, ENTERPRISE, DEMO_PASSWORD);
    var created =
        seller.postJson(
            "/api/v1/me/listings",
            """
            {"kind":"PRODUCT","title":{"el":"Κερί μελισσών","en":"Beeswax"},"description":{"el":"Σε πλάκα.","en":"A block."},
             "price":"4.00","vatRate":24,"unit":"PIECE","stock":3,"category":"cosmetics/skin-care","tags":[],"status":"ACTIVE"}
            """,
            token);
    assertEquals(201, created.statusCode(), created.body());
    long id = Client.json(created).getJsonNumber("id").longValue();
    var picture =
        seller.postBytes(
            "/api/v1/me/listings/" + id + "/images", Images.png(60, 40), "image/png", token);
    assertTrue(picture.statusCode() < 300, picture.body());

    Path root = Path.of("target", "first-start").toAbsolutePath();
    Path data = root.resolve("data");
    Path restored = root.resolve("restored-data");
    deleteRecursively(restored);
    deleteRecursively(root.resolve("backups"));
    String restoreUrl =
        database.replace(
            TestInfrastructure.FIRST_START_DATABASE, TestInfrastructure.RESTORE_DATABASE);
    var ops = new BackupRestore("koinagora", "koinagora-it");

    Path archive = ops.backup(database, data, root.resolve("backups"));
    assertTrue(
        archive.getFileName().toString().matches("koinagora-backup-\\d{8}-\\d{6}\\.tar\\.gz"),
        archive.toString());
    ops.restore(restoreUrl, restored, archive);

    ops.assertSchemaCurrent(restoreUrl);
    Map<String, Long> counts = ops.rowCounts(restoreUrl);
    assertEquals(ops.rowCounts(database).keySet(), counts.keySet(), "every table");
    for (String table :
        List.of("user_account", "enterprise", "organisation", "listing", "fair", "stand")) {
      assertTrue(counts.getOrDefault(table, 0L) > 0, table + " restored: " + counts);
    }
    assertTrue(counts.get("listing") >= 60, "the demo catalog: " + counts.get("listing"));
    assertTrue(counts.get("listing_image") >= 1, "the uploaded picture's row");

    Path again = ops.backup(restoreUrl, restored, root.resolve("backups").resolve("again"));
    assertEquals(
        BackupRestore.statements(archive, root.resolve("backups").resolve("first")),
        BackupRestore.statements(again, root.resolve("backups").resolve("second")),
        "the restored database holds exactly what was backed up");
    Map<String, Long> pictures = BackupRestore.files(data);
    assertFalse(pictures.isEmpty(), "the picture is in the data directory");
    assertEquals(pictures, BackupRestore.files(restored), "the pictures restored");
  }

  /** Whether searching the words finds the listing (other listings may match a similar word). */
  private boolean finds(String words, long listingId) {
    var items =
        Client.json(
                new Client(base)
                    .getJson(
                        "/api/v1/products?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8),
                        null))
            .getJsonArray("items");
    return items.getValuesAs(JsonObject.class).stream()
        .anyMatch(item -> item.getJsonNumber("id").longValue() == listingId);
  }

  @Test
  void everyPageEachRoleReachesWorksInBothLanguagesOnAPhoneAndADesktop() throws Exception {
    long started = System.nanoTime();
    var forms = new FormCheck();
    var html = new HtmlCheck();
    List<Sweep> sweeps = new ArrayList<>();
    sweeps.add(new Sweep(browser, base, "visitor", 2, forms, html).crawl("/", "/search?q=μέλι"));
    for (String[] role :
        new String[][] {
          {BUYER, "/account"},
          {ENTERPRISE, "/dashboard/enterprise"},
          {MUNICIPALITY, "/dashboard/municipality"},
          {ADMIN, "/admin"}
        }) {
      browser.manage().deleteAllCookies();
      Browser.signIn(browser, base, role[0], DEMO_PASSWORD);
      sweeps.add(new Sweep(browser, base, role[0], 1, forms, html).crawl(role[1], "/"));
    }
    List<String> problems = sweeps.stream().flatMap(sweep -> sweep.problems().stream()).toList();
    int pages = sweeps.stream().mapToInt(sweep -> sweep.visited().size()).sum();
    int views = sweeps.stream().mapToInt(Sweep::views).sum();
    System.out.printf(
        "Sweep: %d pages over 5 roles, %d page views (2 languages x 2 widths), %d documents through"
            + " the HTML checker, %d form submissions, in %d s%n",
        pages,
        views,
        html.checked(),
        forms.submitted(),
        (System.nanoTime() - started) / 1_000_000_000);
    sweeps.forEach(sweep -> System.out.println("  " + sweep.role() + ": " + sweep.visited()));
    assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
  }

  @Test
  void aGuestChangesAndRemovesCartLinesAndTheHeaderCountsThem() {
    addToCart(aProductInStock());
    assertEquals("1", browser.findElement(By.cssSelector("#nav-cart .cart-count")).getText());
    var quantity = browser.findElement(By.cssSelector("input[id^='quantity-']"));
    quantity.clear();
    quantity.sendKeys("2");
    browser.findElement(By.xpath("//button[contains(., 'Ενημέρωση')]")).click();
    waitFor(
        d ->
            d.findElement(By.cssSelector(".messages")).getText().contains("Το καλάθι ενημερώθηκε"));
    assertEquals(
        "2", browser.findElement(By.cssSelector("input[id^='quantity-']")).getAttribute("value"));
    browser.get(base.resolve("?lang=el").toString());
    assertEquals(
        "2",
        browser.findElement(By.cssSelector("#nav-cart .cart-count")).getText(),
        "on a cached page too");
    browser.get(base.resolve("cart").toString());
    Browser.assertAccessible(browser);

    quantity = browser.findElement(By.cssSelector("input[id^='quantity-']"));
    quantity.clear();
    ((JavascriptExecutor) browser).executeScript("arguments[0].form.noValidate = true;", quantity);
    browser.findElement(By.xpath("//button[contains(., 'Ενημέρωση')]")).click();
    waitFor(
        d ->
            d.findElement(By.cssSelector("input[id^='quantity-']"))
                .getAttribute("aria-invalid")
                .equals("true"));
    assertTrue(
        browser.findElement(By.cssSelector(".field-error")).getText().contains("ακέραιος"),
        "said next to the field");

    browser.findElement(By.xpath("//button[contains(., 'Αφαίρεση')]")).click();
    waitFor(d -> d.findElement(By.tagName("main")).getText().contains("Το καλάθι σας είναι άδειο"));
    assertTrue(
        browser.findElements(By.cssSelector("#nav-cart .cart-count")).isEmpty(),
        "no count for an empty cart");
  }

  @Test
  void signingInJoinsTheGuestsCartToTheAccountsAndTheHeaderCountsBoth() {
    Browser.signIn(browser, base, BUYER, DEMO_PASSWORD);
    addToCart(aProductInStock());
    int accounts =
        Integer.parseInt(browser.findElement(By.cssSelector("#nav-cart .cart-count")).getText());
    browser.manage().deleteAllCookies();
    addToCart(aProductInStock());
    assertEquals(
        "1",
        browser.findElement(By.cssSelector("#nav-cart .cart-count")).getText(),
        "the guest's own cart");

    Browser.signIn(browser, base, BUYER, DEMO_PASSWORD);
    assertEquals(
        String.valueOf(accounts + 1),
        browser.findElement(By.cssSelector("#nav-cart .cart-count")).getText(),
        "the page after sign-in counts both carts, joined");
    browser.get(base.resolve("cart?lang=el").toString());
    assertEquals(
        String.valueOf(accounts + 1),
        browser.findElement(By.cssSelector("#nav-cart .cart-count")).getText(),
        "as the cart itself counts");
    By remove = By.xpath("//button[contains(., 'Αφαίρεση')]");
    for (int lines = browser.findElements(remove).size();
        lines > 0;
        lines--) { // the buyer's cart left empty for other tests
      browser.findElement(remove).click();
      int left = lines - 1;
      waitFor(d -> d.findElements(remove).size() == left);
    }
  }

  @Test
  void aGuestCancelsAnOrderAfterBeingToldWhatWillHappen() {
    addToCart(aProductInStock());
    checkOutAsGuest("Σοφία Αντωνίου");

    browser.findElement(By.id("cancel")).click();
    waitFor(d -> d.getCurrentUrl().contains("confirm=cancel"));
    String asked = browser.findElement(By.id("confirm-cancel")).getText();
    assertTrue(asked.contains("email") && asked.contains("δεν χρειάζεται επιστροφή"), asked);
    Browser.assertAccessible(browser);
    browser.findElement(By.id("order:cancel-confirmed")).click();
    waitFor(d -> d.findElement(By.id("order-status")).getText().equals("ακυρωμένη"));
    assertTrue(browser.findElements(By.id("cancel")).isEmpty(), "nothing left to cancel");
  }

  @Test
  void aBuyerCollectsAtAFairStandPayingThereAndHasAnotherOrderSentPayingByTransfer() {
    Client seller = new Client(base);
    String token = People.token(seller, ENTERPRISE, DEMO_PASSWORD);
    long fair = fairBooked("INSTANT");
    var stands =
        Client.json(new Client(base).getJson("/api/v1/fairs/" + fair, null)).getJsonArray("stands");
    // a stand free of charge is confirmed at once, which is what lets the enterprise offer pickup
    // there
    var free =
        stands.getValuesAs(JsonObject.class).stream()
            .filter(
                stand ->
                    stand.getBoolean("available")
                        && new BigDecimal(stand.getJsonObject("price").getString("amount")).signum()
                            == 0)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no stand free of charge: " + stands));
    var booked =
        seller.postJson(
            "/api/v1/fairs/" + fair + "/bookings",
            "{\"standId\":" + free.getJsonNumber("id") + "}",
            token);
    assertEquals(201, booked.statusCode(), booked.body());
    String stand = free.getString("code");
    var created =
        seller.postJson(
            "/api/v1/me/listings",
            """
            {"kind":"PRODUCT","title":{"el":"Μελόπιτα της έκθεσης","en":"Fair honey pie"},"description":{"el":"Ολόκληρη, 1 κιλό.","en":"A whole one, 1 kg."},
             "price":"9.00","vatRate":13,"unit":"PIECE","stock":10,"category":"food/honey","tags":[],"status":"ACTIVE"}
            """,
            token);
    assertEquals(201, created.statusCode(), created.body());
    long pie = Client.json(created).getJsonNumber("id").longValue();

    Browser.signIn(browser, base, BUYER, DEMO_PASSWORD);
    addToCart(pie);
    browser.findElement(By.id("to-checkout")).click();
    waitFor(d -> d.getCurrentUrl().contains("/checkout"));
    browser.findElement(By.xpath("//label[contains(., 'παραλαβή από περίπτερο έκθεσης')]")).click();
    // the demo enterprise also shares a stand at the regional fair: the buyer picks the one booked
    new Select(browser.findElement(By.cssSelector("select[id$=':fair']")))
        .selectByValue(String.valueOf(fair));
    browser.findElement(By.xpath("//label[contains(., 'Πληρωμή κατά την παραλαβή')]")).click();
    Browser.assertAccessible(browser);
    browser.findElement(By.id("checkout:place")).click();
    waitFor(d -> d.getCurrentUrl().contains("/order?ref="));
    String pickup = browser.findElement(By.cssSelector(".pickup-at")).getText();
    assertTrue(
        pickup.contains("περίπτερο " + stand) && pickup.matches(".*\\d{4}.*"),
        "the fair, its day and the stand: " + pickup);

    // sent: paying on pickup is refused next to the payment choice, and nothing typed is lost
    addToCart(pie);
    browser.findElement(By.id("to-checkout")).click();
    waitFor(d -> d.getCurrentUrl().contains("/checkout"));
    browser.findElement(By.xpath("//label[normalize-space()='αποστολή']")).click();
    browser.findElement(By.id("checkout:street")).sendKeys("Τσιμισκή 10");
    browser.findElement(By.id("checkout:postcode")).sendKeys("546 24");
    browser.findElement(By.id("checkout:city")).sendKeys("Θεσσαλονίκη");
    browser.findElement(By.xpath("//label[contains(., 'Πληρωμή κατά την παραλαβή')]")).click();
    browser.findElement(By.id("checkout:place")).click();
    waitFor(
        d ->
            !d.findElements(
                    By.cssSelector(
                        "[id='checkout:payment-msg'] .ui-message-error-detail,"
                            + " [id='checkout:payment-msg'].ui-message-error"))
                .isEmpty());
    assertEquals(
        "Τσιμισκή 10", browser.findElement(By.id("checkout:street")).getAttribute("value"));
    browser.findElement(By.xpath("//label[contains(., 'Τραπεζική μεταφορά')]")).click();
    browser.findElement(By.id("checkout:place")).click();
    waitFor(d -> d.getCurrentUrl().contains("/order?ref="));
    assertEquals("αναμένει πληρωμή", browser.findElement(By.id("order-status")).getText());
    assertTrue(browser.findElement(By.tagName("main")).getText().contains("αποστολή"));
    assertTrue(
        browser.findElements(By.cssSelector(".pickup-at")).isEmpty(),
        "a part that is sent has no place to collect");
  }

  /** The first published fair with that way of booking. */
  private long fairBooked(String mode) {
    return Client.json(new Client(base).getJson("/api/v1/fairs", null))
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(item -> mode.equals(item.getString("bookingMode")))
        .mapToLong(item -> item.getJsonNumber("id").longValue())
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aSellerRecordsAPaymentThenARefundEachAfterBeingToldWhatWillHappen() {
    Client seller = new Client(base);
    String token = People.token(seller, ENTERPRISE, DEMO_PASSWORD);
    var created =
        seller.postJson(
            "/api/v1/me/listings",
            """
            {"kind":"PRODUCT","title":{"el":"Κηραλοιφή πληρωμής","en":"Payment balm"},"description":{"el":"Βάζο 50 ml.","en":"A 50 ml jar."},
             "price":"11.40","vatRate":24,"unit":"PIECE","stock":10,"category":"cosmetics/skin-care","tags":[],"status":"ACTIVE"}
            """,
            token);
    assertEquals(201, created.statusCode(), created.body());
    addToCart(Client.json(created).getJsonNumber("id").longValue());
    checkOutAsGuest("Ιφιγένεια Πληρωμή");
    String pickup = browser.findElement(By.cssSelector(".pickup-at")).getText();
    assertTrue(
        pickup.startsWith("Πού θα το παραλάβετε:")
            && pickup.length() > "Πού θα το παραλάβετε: ".length() + 3,
        "where to collect: " + pickup);

    browser.manage().deleteAllCookies();
    Browser.signIn(browser, base, ENTERPRISE, DEMO_PASSWORD);
    browser.get(base.resolve("dashboard/enterprise?lang=el").toString());
    browser
        .findElement(
            By.xpath("//tr[contains(., 'Ιφιγένεια Πληρωμή')]//a[contains(@href, 'confirm=paid')]"))
        .click();
    String asked = browser.findElement(By.id("confirm-text")).getText();
    assertTrue(
        asked.contains("Ιφιγένεια Πληρωμή") && asked.contains("11,40"),
        "who is told, what amount: " + asked);
    Browser.assertAccessible(browser);
    browser.findElement(By.xpath("//button[contains(., 'Ναι, ελήφθη η πληρωμή')]")).click();
    waitFor(
        d -> d.findElement(By.cssSelector(".messages")).getText().contains("Σημειώθηκε η πληρωμή"));
    assertTrue(browser.findElements(By.id("confirm")).isEmpty(), "answered: not asked again");

    browser
        .findElement(
            By.xpath(
                "//tr[contains(., 'Ιφιγένεια Πληρωμή')]//a[contains(@href, 'confirm=refunded')]"))
        .click();
    asked = browser.findElement(By.id("confirm-text")).getText();
    assertTrue(
        asked.contains("επιστρέφετε εσείς") && asked.contains("11,40"),
        "what the seller returns, and how: " + asked);
    browser.findElement(By.xpath("//a[contains(., 'Όχι, πίσω')]")).click();
    waitFor(d -> d.findElements(By.id("confirm")).isEmpty());
    assertTrue(
        browser
            .findElement(By.xpath("//tr[contains(., 'Ιφιγένεια Πληρωμή')]"))
            .getText()
            .contains("πληρωμένο"),
        "no means nothing changed");

    browser
        .findElement(
            By.xpath(
                "//tr[contains(., 'Ιφιγένεια Πληρωμή')]//a[contains(@href, 'confirm=refunded')]"))
        .click();
    browser.findElement(By.xpath("//button[contains(., 'Ναι, επιστροφή χρημάτων')]")).click();
    waitFor(
        d ->
            d.findElement(By.cssSelector(".messages"))
                .getText()
                .contains("Σημειώθηκε η επιστροφή χρημάτων"));
    assertTrue(
        browser
            .findElement(By.xpath("//tr[contains(., 'Ιφιγένεια Πληρωμή')]"))
            .getText()
            .contains("επιστράφηκαν τα χρήματα"));
  }

  @Test
  void anEnterpriseBooksAStandThenCancelsItAfterBeingToldWhatWillHappen() {
    long fair = fairBooked("INSTANT");
    Browser.signIn(browser, base, ENTERPRISE, DEMO_PASSWORD);
    browser.get(base.resolve("fairs/" + fair + "?lang=el").toString());
    browser.findElement(By.cssSelector("a[href*='book-stand']")).click();
    waitFor(d -> d.getCurrentUrl().contains("book-stand"));
    String stand =
        browser
            .findElement(By.xpath("//dt[normalize-space()='Περίπτερο']/following-sibling::dd[1]"))
            .getText();
    browser.findElement(By.xpath("//button[contains(., 'Κράτηση αυτού του περιπτέρου')]")).click();
    waitFor(
        d ->
            !d.getCurrentUrl().contains("book-stand")
                || !d.findElements(By.cssSelector(".message-info")).isEmpty());

    browser.get(base.resolve("dashboard/enterprise?lang=el").toString());
    browser
        .findElement(
            By.xpath(
                "//a[contains(@href, 'confirm=cancel-booking') and contains(., '" + stand + "')]"))
        .click();
    assertTrue(
        browser.findElement(By.id("confirm-title")).getText().contains(stand),
        browser.findElement(By.id("confirm-title")).getText());
    assertTrue(
        browser.findElement(By.id("confirm-text")).getText().contains("λίστας αναμονής"),
        browser.findElement(By.id("confirm-text")).getText());
    Browser.assertAccessible(browser);
    browser.findElement(By.xpath("//button[contains(., 'Ναι, ακύρωση της κράτησης')]")).click();
    waitFor(
        d ->
            d.findElement(By.cssSelector(".messages"))
                .getText()
                .contains("Η κράτηση του περιπτέρου " + stand + " ακυρώθηκε"));
  }

  @Test
  void anOrganiserApprovesAnApplicationRecordsItsFeeAfterBeingAskedAndChecksTheExhibitorIn() {
    var fairs = Client.json(new Client(base).getJson("/api/v1/fairs", null)).getJsonArray("items");
    long fair =
        fairs.getValuesAs(JsonObject.class).stream()
            .filter(
                item ->
                    "APPLICATION".equals(item.getString("bookingMode"))
                        && "Δήμος Θεσσαλονίκης"
                            .equals(item.getJsonObject("organiser").getString("name")))
            .mapToLong(item -> item.getJsonNumber("id").longValue())
            .findFirst()
            .orElseThrow();
    Browser.signIn(browser, base, APPLICANT, DEMO_PASSWORD);
    browser.get(base.resolve("fairs/" + fair + "?lang=el").toString());
    browser.findElement(By.cssSelector("a[href*='book-stand']")).click();
    waitFor(d -> d.getCurrentUrl().contains("book-stand"));
    String stand =
        browser
            .findElement(By.xpath("//dt[normalize-space()='Περίπτερο']/following-sibling::dd[1]"))
            .getText();
    browser
        .findElement(By.cssSelector("textarea[id$=':note']"))
        .sendKeys("Μέλι και κερί από τη Χαλκιδική.");
    browser.findElement(By.xpath("//button[contains(., 'Αίτηση για αυτό το περίπτερο')]")).click();
    // the demo's regional fair caps honey producers: an application says what it exhibits
    Browser.waitForText(browser, By.id("form:category-msg"), "Επιλέξτε τι θα εκθέσετε");
    new Select(browser.findElement(By.id("form:category"))).selectByIndex(1);
    browser.findElement(By.xpath("//button[contains(., 'Αίτηση για αυτό το περίπτερο')]")).click();
    waitFor(d -> !d.findElements(By.cssSelector(".message-info")).isEmpty());

    browser.manage().deleteAllCookies();
    Browser.signIn(browser, base, MUNICIPALITY, DEMO_PASSWORD);
    browser.get(base.resolve("dashboard/municipality?lang=el").toString());
    String row =
        "//section[h2[@id='fair-" + fair + "']]//tr[td[1][normalize-space()='" + stand + "']]";
    browser.findElement(By.xpath(row + "//button[contains(., 'Έγκριση')]")).click();
    waitFor(
        d -> d.findElement(By.cssSelector(".messages")).getText().contains("Η αίτηση εγκρίθηκε"));

    browser.findElement(By.xpath(row + "//a[contains(@href, 'confirm=fee-paid')]")).click();
    String asked = browser.findElement(By.id("confirm-fee-text")).getText();
    assertTrue(
        asked.contains("15,00") && asked.contains("επιβεβαιώνεται"),
        "what amount, what follows: " + asked);
    Browser.assertAccessible(browser);
    browser.findElement(By.xpath("//button[contains(., 'Ναι, το τέλος πληρώθηκε')]")).click();
    waitFor(
        d ->
            d.findElement(By.cssSelector(".messages"))
                .getText()
                .contains("η κράτηση επιβεβαιώθηκε"));
    assertTrue(
        browser.findElement(By.xpath(row)).getText().contains("επιβεβαιωμένη"),
        browser.findElement(By.xpath(row)).getText());

    browser.get(base.resolve("dashboard/check-in?fair=" + fair + "&lang=el").toString());
    browser.findElement(By.xpath("//button[contains(., 'Άφιξη στο " + stand + "')]")).click();
    waitFor(
        d ->
            d.findElement(By.cssSelector(".messages"))
                .getText()
                .contains("άφιξη στο περίπτερο " + stand));
    Browser.assertAccessible(browser);
  }

  @Test
  void aPageWithoutTheRightAnswers403AndAVisitorIsAskedToSignIn() {
    browser.get(base.resolve("dashboard/municipality").toString());
    waitFor(d -> d.getCurrentUrl().contains("/login"));

    Browser.signIn(browser, base, BUYER, DEMO_PASSWORD);
    for (String page : List.of("dashboard/municipality", "admin", "admin/outbox")) {
      browser.get(base.resolve(page + "?lang=el").toString());
      assertEquals(403, PageCheck.status(browser), page);
      assertEquals(
          "Δεν επιτρέπεται η πρόσβαση", browser.findElement(By.tagName("h1")).getText(), page);
    }
  }

  @Test
  void anExpiredOrTamperedFormShowsThePageExpiredNotAnError() {
    signInAfter(
        "document.querySelector('input[name=\"jakarta.faces.ViewState\"]').value = '-4711:0815';");
    // a post without the script nonce that PrimeFaces adds, as an old or replayed page sends it
    signInAfter(
        "document.querySelectorAll('input[name=\"primefaces.nonce\"]').forEach(function (n) {"
            + " n.remove(); });");
  }

  /**
   * Opens the sign-in form, spoils it with the script, sends it: the page expired, 400, never the
   * error page.
   */
  private void signInAfter(String spoiling) {
    browser.get(base.resolve("login?lang=el").toString());
    js(spoiling);
    browser.findElement(By.id("form:email")).sendKeys(BUYER);
    browser.findElement(By.id("form:password")).sendKeys(DEMO_PASSWORD);
    browser.findElement(By.id("form:submit")).click();
    waitFor(d -> d.findElement(By.tagName("h1")).getText().equals("Η σελίδα έληξε"));
    assertEquals(400, PageCheck.status(browser), spoiling);
  }

  private void addToCart(long listing) {
    browser.get(base.resolve("products/" + listing + "?lang=el").toString());
    browser.findElement(By.cssSelector("form.add-to-cart button")).click();
    waitFor(d -> d.getCurrentUrl().contains("/cart"));
  }

  /**
   * From the cart to the order page, paying by the default way (bank transfer), collecting as each
   * seller offers first.
   */
  private void checkOutAsGuest(String name) {
    browser.findElement(By.id("to-checkout")).click();
    waitFor(d -> d.getCurrentUrl().contains("/checkout"));
    browser.findElement(By.id("checkout:email")).sendKeys(People.newEmail("guest"));
    browser.findElement(By.id("checkout:name")).sendKeys(name);
    browser.findElement(By.id("checkout:place")).click();
    waitFor(d -> d.getCurrentUrl().contains("/order?ref="));
  }

  private long aProductInStock() {
    var items =
        Client.json(new Client(base).getJson("/api/v1/products?kind=PRODUCT&size=50", null))
            .getJsonArray("items");
    return items.getValuesAs(JsonObject.class).stream()
        .filter(item -> item.isNull("available") || item.getInt("available") > 5)
        .mapToLong(item -> item.getJsonNumber("id").longValue())
        .findFirst()
        .orElseThrow();
  }

  private void js(String script) {
    ((JavascriptExecutor) browser).executeScript(script);
  }

  private void waitFor(Function<WebDriver, Boolean> condition) {
    try {
      new WebDriverWait(browser, Duration.ofSeconds(15))
          .ignoring(WebDriverException.class)
          .until(condition::apply);
    } catch (TimeoutException e) {
      throw new AssertionError(
          "still at "
              + browser.getCurrentUrl()
              + ", which says: "
              + browser.findElement(By.tagName("body")).getText(),
          e);
    }
  }

  private static void deleteRecursively(Path root) throws IOException {
    if (Files.exists(root)) {
      try (Stream<Path> paths = Files.walk(root)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }
}
