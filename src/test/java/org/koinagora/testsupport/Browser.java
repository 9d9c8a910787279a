package org.koinagora.testsupport;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium, driven by its own chromedriver; checks pages with axe-core. */
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

  /** Saves a screenshot at the given width under target/screenshots, for a person to look at. */
  public static Path screenshot(WebDriver driver, String name, int width) throws IOException {
    driver.manage().window().setSize(new Dimension(width, 900));
    Path dir = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
    Files.createDirectories(dir);
    Path file = dir.resolve(name + "-" + width + ".png");
    Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    return file;
  }
}
