package org.koinagora.journeys;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * What a person would notice on the page the browser shows now: an error status, a page wider than
 * the window, an error in the console, a request to another host.
 */
final class PageCheck {

  private PageCheck() {}

  /** The HTTP status of the document shown (0 when the browser does not say). */
  static long status(WebDriver driver) {
    Object status =
        js(driver)
            .executeScript(
                "var n = performance.getEntriesByType('navigation'); return n.length ?"
                    + " n[0].responseStatus : 0;");
    return status instanceof Number number ? number.longValue() : 0;
  }

  /** How many pixels the page is wider than the window (0 when it fits). */
  static long overflow(WebDriver driver) {
    Object over =
        js(driver)
            .executeScript(
                "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) -"
                    + " window.innerWidth;");
    return Math.max(0, ((Number) over).longValue());
  }

  /** The widest element that sticks out of the window, to say where an overflow comes from. */
  static String widest(WebDriver driver) {
    return String.valueOf(
        js(driver)
            .executeScript(
                """
                var w = window.innerWidth, worst = null, right = w;
                function clipped(e) {
                  for (var p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                    var o = getComputedStyle(p).overflowX;
                    if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true;
                  }
                  return false;
                }
                document.querySelectorAll('body *').forEach(function (e) {
                  var r = e.getBoundingClientRect();
                  if (r.right > right + 1 && r.width > 0 && !clipped(e)) { right = r.right; worst = e; }
                });
                if (!worst) return 'nothing';
                return worst.tagName.toLowerCase() + (worst.id ? '#' + worst.id : '')
                    + (worst.className && worst.className.baseVal === undefined ? '.' + String(worst.className).trim().split(/\\s+/).join('.') : '')
                    + ' ends at ' + Math.round(right) + ' px';
                """));
  }

  /** Console messages of level SEVERE since the last call (reading them empties the log). */
  static List<String> consoleErrors(WebDriver driver) {
    List<String> errors = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
        errors.add(entry.getMessage());
      }
    }
    return errors;
  }

  /** Resources the page loaded from any host but its own. */
  @SuppressWarnings("unchecked")
  static List<String> foreignRequests(WebDriver driver, URI base) {
    List<Object> names =
        (List<Object>)
            js(driver)
                .executeScript(
                    "return performance.getEntriesByType('resource').map(function (r) { return"
                        + " r.name; });");
    List<String> foreign = new ArrayList<>();
    for (Object name : names) {
      String url = String.valueOf(name);
      if (url.startsWith("http") && !URI.create(url).getAuthority().equals(base.getAuthority())) {
        foreign.add(url);
      }
    }
    return foreign;
  }

  private static JavascriptExecutor js(WebDriver driver) {
    return (JavascriptExecutor) driver;
  }
}
