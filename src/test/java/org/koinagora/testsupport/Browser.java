package org.koinagora.testsupport;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import nu.validator.client.EmbeddedValidator;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xml.sax.SAXException;

/**
 * Debian's headless Chromium, driven by its own chromedriver; checks pages with axe-core, the Nu
 * HTML Checker and the window's width.
 */
public final class Browser {

  private Browser() {}

  public static WebDriver open() {
    var options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900",
        "--lang=el");
    // the console is read by the sweep: an error there fails it
    var logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logging);
    var service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
            .build();
    return new ChromeDriver(service, options);
  }

  /** Signs in through the login form (in Greek) and waits for the page it leads to. */
  public static void signIn(WebDriver driver, URI base, String email) {
    signIn(driver, base, email, People.PASSWORD);
  }

  public static void signIn(WebDriver driver, URI base, String email, String password) {
    driver.get(base.resolve("login?lang=el").toString());
    driver.findElement(By.id("form:email")).sendKeys(email);
    driver.findElement(By.id("form:password")).sendKeys(password);
    driver.findElement(By.id("form:submit")).click();
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .ignoring(WebDriverException.class)
        .until(d -> !d.getCurrentUrl().contains("/login"));
  }

  /** Fails on serious or critical WCAG 2.1 A/AA violations of the page as it is now. */
  public static void assertAccessible(WebDriver driver) {
    var results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(driver);
    List<Rule> serious =
        results.getViolations().stream()
            .filter(
                rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
            .toList();
    if (!serious.isEmpty()) {
      throw new AssertionError(
          "Accessibility violations on "
              + driver.getCurrentUrl()
              + ":\n"
              + serious.stream()
                  .map(
                      rule ->
                          rule.getId()
                              + ": "
                              + rule.getHelp()
                              + " "
                              + rule.getNodes().stream()
                                  .map(node -> String.valueOf(node.getTarget()))
                                  .collect(Collectors.joining(", ")))
                  .collect(Collectors.joining("\n")));
    }
  }

  /**
   * The first shown element of {@code locator} whose text contains {@code text}, waited for while
   * the page reloads (elements found a moment ago may be gone meanwhile).
   */
  public static WebElement waitForText(WebDriver driver, By locator, String text) {
    return new WebDriverWait(driver, Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .ignoring(WebDriverException.class)
        .until(
            d ->
                d.findElements(locator).stream()
                    .filter(e -> e.isDisplayed() && e.getText().contains(text))
                    .findFirst()
                    .orElse(null));
  }

  /**
   * {@link #waitForText}, and on a timeout keeps a screenshot (named after the calling test class)
   * and fails with the page's source to look at.
   */
  public static WebElement waitFor(WebDriver driver, By locator, String text) throws IOException {
    try {
      return waitForText(driver, locator, text);
    } catch (TimeoutException e) {
      String caller =
          StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
              .getCallerClass()
              .getSimpleName();
      screenshot(driver, caller + "-failed-waiting", 1280);
      throw new AssertionError(
          "No \"" + text + "\" on " + driver.getCurrentUrl() + ":\n" + driver.getPageSource(), e);
    }
  }

  /** The W3C Nu HTML Checker finds no error in what the server sends for the browser's URL. */
  public static void assertValidHtml(WebDriver driver)
      throws IOException, InterruptedException, SAXException {
    String cookies =
        driver.manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
    var request = HttpRequest.newBuilder(URI.create(driver.getCurrentUrl()));
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
    if (!messages.isEmpty()) {
      throw new AssertionError(driver.getCurrentUrl() + ": " + messages);
    }
  }

  /** The page scrolls no wider than the window (a phone's, say). */
  public static void assertFits(WebDriver driver) {
    long wider =
        ((Number)
                ((JavascriptExecutor) driver)
                    .executeScript(
                        "return Math.max(document.documentElement.scrollWidth,"
                            + " document.body.scrollWidth) - window.innerWidth"))
            .longValue();
    if (wider > 0) {
      throw new AssertionError("the page is " + wider + " px wider than the window");
    }
  }

  /** Saves a screenshot at the given width under target/screenshots, for a person to look at. */
  /** A file on disk for a file field, under the name a person gave it. */
  public static String file(String name, byte[] content) throws IOException {
    Path folder = java.nio.file.Files.createTempDirectory("koinagora-upload");
    Path file = folder.resolve(name);
    java.nio.file.Files.write(file, content);
    file.toFile().deleteOnExit();
    folder.toFile().deleteOnExit();
    return file.toString();
  }

  public static Path screenshot(WebDriver driver, String name, int width) throws IOException {
    driver.manage().window().setSize(new Dimension(width, 900));
    Path dir = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
    Files.createDirectories(dir);
    Path file = dir.resolve(name + "-" + width + ".png");
    Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    return file;
  }
}
