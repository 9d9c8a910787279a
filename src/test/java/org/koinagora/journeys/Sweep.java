package org.koinagora.journeys;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.koinagora.testsupport.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Walks every page one role reaches by following links from where it starts (nothing hand-kept that
 * could drift), in Greek and English, at a phone's 390 px and a desktop's 1280 px, and notes what a
 * person would meet: an error status, a page wider than the screen, a serious accessibility
 * violation, a console error, a request to another host. Each form it finds is submitted empty and
 * with one clearly wrong value, and must answer with a message next to a field.
 */
final class Sweep {

  static final int PHONE = 390;
  static final int DESKTOP = 1280;
  static final List<String> LANGUAGES = List.of("el", "en");

  /** Links that are no page to look at (files, feeds, the API) or that act on a plain GET. */
  private static final Pattern NOT_A_PAGE =
      Pattern.compile(
          "^/(api/|media/|openapi|health|jakarta\\.faces\\.resource/|logout)|\\.(pdf|ics|svg|csv|xml|txt|png|jpe?g|webp)$|[?&](claim|lang)=");

  private static final Pattern NUMBER = Pattern.compile("\\d+");

  private final WebDriver driver;
  private final URI base;
  private final String role;
  private final int perShape;
  private final FormCheck forms;
  private final HtmlCheck html;
  private final List<String> problems = new ArrayList<>();
  private final Set<String> visited = new LinkedHashSet<>();
  private int views;

  Sweep(WebDriver driver, URI base, String role, int perShape, FormCheck forms, HtmlCheck html) {
    this.driver = driver;
    this.base = base;
    this.role = role;
    this.perShape = perShape;
    this.forms = forms;
    this.html = html;
  }

  /**
   * Visits every page reachable from the start paths (at most {@code perShape} of each URL shape).
   */
  Sweep crawl(String... start) {
    Deque<String> queue = new ArrayDeque<>(List.of(start));
    Map<String, Integer> shapes = new HashMap<>();
    while (!queue.isEmpty()) {
      String path = queue.poll();
      if (visited.contains(path) || shapes.merge(shape(path), 1, Integer::sum) > perShape) {
        continue;
      }
      visited.add(path);
      for (String link : visit(path)) {
        if (!visited.contains(link)) {
          queue.add(link);
        }
      }
    }
    return this;
  }

  /** Looks at one page in each language and width; returns the pages it links to. */
  private Set<String> visit(String path) {
    Set<String> links = new TreeSet<>();
    for (String language : LANGUAGES) {
      driver.manage().window().setSize(new Dimension(DESKTOP, 900));
      driver.get(withLanguage(path, language));
      String where = role + " " + path + " [" + language + "]";
      long status = PageCheck.status(driver);
      List<String> console = PageCheck.consoleErrors(driver);
      if (status >= 400) {
        problems.add(where + ": status " + status + " (" + driver.getTitle() + ")");
        continue;
      }
      console.forEach(error -> problems.add(where + ": console error " + error));
      PageCheck.foreignRequests(driver, base)
          .forEach(url -> problems.add(where + ": request to another host " + url));
      html.errors(driver).forEach(error -> problems.add(where + ": HTML checker: " + error));
      checkFits(where, DESKTOP);
      if ("el".equals(language)) {
        accessible(where);
        links.addAll(links());
        forms.check(driver, where, problems);
      }
      driver.manage().window().setSize(new Dimension(PHONE, 900));
      checkFits(where, PHONE);
      if ("en".equals(language)) {
        accessible(where + " " + PHONE + " px");
      }
      views += 2;
    }
    return links;
  }

  private void checkFits(String where, int width) {
    long over = PageCheck.overflow(driver);
    if (over > 0) {
      problems.add(
          where
              + " at "
              + width
              + " px: "
              + over
              + " px wider than the screen ("
              + PageCheck.widest(driver)
              + ")");
    }
  }

  private void accessible(String where) {
    try {
      Browser.assertAccessible(driver);
    } catch (AssertionError e) {
      problems.add(where + ": " + e.getMessage());
    }
  }

  /** The site's own pages this one links to, as paths with their query. */
  private Set<String> links() {
    Set<String> found = new TreeSet<>();
    for (WebElement anchor : driver.findElements(By.cssSelector("a[href]"))) {
      String href = anchor.getAttribute("href");
      if (href == null || !href.startsWith(base.toString())) {
        continue;
      }
      String path = "/" + href.substring(base.toString().length());
      int fragment = path.indexOf('#');
      path = fragment < 0 ? path : path.substring(0, fragment);
      if (!NOT_A_PAGE.matcher(path).find() && anchor.getDomAttribute("download") == null) {
        found.add(path);
      }
    }
    return found;
  }

  /**
   * A URL's shape: ids in the path and values in the query left out, so /products/3 and /products/7
   * count as one.
   */
  static String shape(String path) {
    int query = path.indexOf('?');
    String shape = NUMBER.matcher(query < 0 ? path : path.substring(0, query)).replaceAll("#");
    if (shape.startsWith("/categories/")) {
      // a category is named by its slug path: one page of each depth is one of each kind
      shape = "/categories" + "/*".repeat(shape.split("/").length - 2);
    }
    if (query >= 0) {
      Set<String> names = new TreeSet<>();
      for (String pair : path.substring(query + 1).split("&")) {
        names.add(pair.split("=", 2)[0]);
      }
      shape += "?" + String.join("&", names);
    }
    return shape;
  }

  private String withLanguage(String path, String language) {
    return base.resolve(path.substring(1) + (path.contains("?") ? "&" : "?") + "lang=" + language)
        .toString();
  }

  static void scrollToTop(WebDriver driver) {
    ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
  }

  String role() {
    return role;
  }

  List<String> problems() {
    return problems;
  }

  Set<String> visited() {
    return visited;
  }

  /** Page views looked at: each page in each language at each width. */
  int views() {
    return views;
  }
}
