package org.koinagora.journeys;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Submits each form of a page (once per form of a page shape) empty, then with one clearly wrong
 * value, with the browser's own checks off so that the server's answer is what is seen: it must
 * answer with a message next to a field, never an error page or a silent reload. A form with
 * nothing to fill is an action button (verify, cancel, mark paid): it must be on {@link
 * #ACTIONS_WALKED_ELSEWHERE}, which says which journey walks it on its own data.
 */
final class FormCheck {

  private static final String FILLABLE =
      "input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=checkbox]):not([type=radio]):not([type=file]),"
          + " textarea";
  private static final String FIELD_MESSAGE =
      "[aria-invalid=true], .ui-message-error, .ui-state-error, .field-error";

  /** Wrong whatever the form: what each kind of field cannot hold. */
  private static final List<List<String>> WRONG =
      List.of(
          List.of("email", "not-an-email"),
          List.of("number", "-1"),
          List.of("tel", "call me"),
          List.of("url", "not a link"));

  /**
   * Forms with nothing to fill: a button that acts (on demo data the rest of the sweep walks). Each
   * is walked elsewhere, said here; one the sweep finds that is not on this list fails it, so a new
   * action gets its journey (or its reason here) when it is added. A file field is not filled here;
   * a form whose only field is a file is sent without one and must say so next to the field.
   */
  static final Map<String, String> ACTIONS_WALKED_ELSEWHERE =
      Map.ofEntries(
          Map.entry(
              "/cart/remove",
              "FirstStartIT.aGuestChangesAndRemovesCartLinesAndTheHeaderCountsThem"),
          Map.entry(
              "order",
              "pay: CheckoutBrowserIT (card); cancel:"
                  + " FirstStartIT.aGuestCancelsAnOrderAfterBeingToldWhatWillHappen"),
          Map.entry(
              "sales",
              "FirstStartIT.aSellerRecordsAPaymentThenARefundEachAfterBeingToldWhatWillHappen;"
                  + " OrdersIT moves parts on"),
          Map.entry(
              "bookings",
              "FirstStartIT.anEnterpriseBooksAStandThenCancelsItAfterBeingToldWhatWillHappen;"
                  + " CheckoutBrowserIT pays by card"),
          Map.entry(
              "stripe",
              "connecting a Stripe account needs Stripe, off on a first start: StripePaymentsIT and"
                  + " CheckoutBrowserIT"),
          Map.entry(
              "check-in",
              "FirstStartIT.anOrganiserApprovesAnApplicationRecordsItsFeeAfterBeingAskedAndChecksTheExhibitorIn"),
          Map.entry("search-index", "rebuilding the search index: SearchIT"),
          Map.entry(
              "stop",
              "stopping booking by time:"
                  + " SlotsBrowserIT.aBuyerBooksAWorkshopSessionOnAPhoneAndPaysByBankTransfer"),
          Map.entry(
              "close-thread",
              "closing a request for advice after being asked:"
                  + " AdviceRequestsIT.aVisitorAsksTheCentreAnswersTheVisitorRepliesByTheLinkAndStaffClose,"
                  + " AdviceBrowserIT"),
          Map.entry(
              "list",
              "archiving a listing:"
                  + " FirstStartIT.aListingChangedAfterTheFirstStartIsFoundAndShownAtOnce,"
                  + " ListingsIT"),
          Map.entry("confirm", "importing a checked CSV: CsvImportIT"),
          Map.entry(
              "invoicing",
              "choosing the VAT regime and who issues documents (choices only): InvoicingIT; the"
                  + " myDATA credentials form beside it is swept"),
          Map.entry(
              "accept-quote",
              "accepting a quote after choosing how to pay (a choice from a list):"
                  + " QuotesBrowserIT, QuoteRequestsIT"),
          Map.entry(
              "decline-quote",
              "declining a quote with a reason chosen from a list: QuotesBrowserIT,"
                  + " QuoteRequestsIT"),
          Map.entry("upload", "checking a CSV file before importing it: CsvImportIT"),
          Map.entry("images", "adding a picture to a listing: ListingBrowserIT, ListingsIT"),
          Map.entry(
              "form on /dashboard/book-stand?fair&stand",
              "FirstStartIT.anEnterpriseBooksAStandThenCancelsIt…, FairBrowserIT"),
          Map.entry("form on /dashboard/join-waitlist?fair", "joining a waiting list: FairsIT"),
          Map.entry("decide", "verifying or rejecting an enterprise: EnterprisesIT"),
          Map.entry("fairs", "publishing, closing, the lottery: FairBrowserIT, FairOrganiserIT"),
          Map.entry(
              "members",
              "inviting a member into a partnership (a choice from a list): PartnershipsIT,"
                  + " FairBrowserIT.aPartnershipInvitesAnEnterpriseWhichAccepts"),
          Map.entry(
              "partnershipInvitations",
              "accepting or declining a partnership's invitation: PartnershipsIT,"
                  + " FairBrowserIT.aPartnershipInvitesAnEnterpriseWhichAccepts"),
          Map.entry(
              "delegations",
              "revoking a support centre's delegated access (after a question):"
                  + " DelegationBrowserIT.aMemberGrantsACentreSeesItsStaffActInTheLogAndRevokesIt,"
                  + " DelegatedAccessIT"),
          Map.entry(
              "coOrganisers",
              "adding and removing a co-organiser (a choice from a list):"
                  + " FairBrowserIT.aLeadAddsACoOrganiserWhoseStaffThenManageTheFairButDoNotCancelIt,"
                  + " CoOrganisersIT"),
          Map.entry("publish", "publishing a draft call: CallsBrowserIT, CallsIT"),
          Map.entry(
              "withdraw",
              "withdrawing an offer on a call:"
                  + " CallsIT.aSecondOfferReplacesTheFirstWithTheSameIdAndAWithdrawnOfferNoLongerCounts"),
          Map.entry(
              "joint",
              "accepting a joint offer as a partner (a choice from a list):"
                  + " CallsIT.aJointOfferNamesEligiblePartnersWhoAccept"),
          Map.entry(
              "coExhibitorInvitations",
              "accepting (a choice from a list) or declining an invitation to share a stand:"
                  + " ConsortiumStandsIT,"
                  + " FairBrowserIT.aBookerSharesItsStandOnAPhoneAndTheInvitedEnterpriseAcceptsNamingWhatItExhibits"));

  private final Set<String> seen = new HashSet<>();
  private int submitted;

  void check(WebDriver driver, String where, List<String> problems) {
    String page = driver.getCurrentUrl();
    int count = forms(driver).size();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        driver.get(page);
      }
      List<WebElement> forms = forms(driver);
      if (i >= forms.size()) {
        return;
      }
      WebElement form = forms.get(i);
      String name = name(form, path(page));
      if (!seen.add(Sweep.shape(path(page)) + " " + name)) {
        continue;
      }
      if (fillable(form).isEmpty()
          && !ACTIONS_WALKED_ELSEWHERE.containsKey(name)
          && hasFileField(form)) {
        // a form that sends a document: sent without one, it must say so next to the field
        submitEmpty(driver, form);
        expectFieldMessage(driver, where + " form " + name + " sent without a file", problems);
        continue;
      }
      if (fillable(form).isEmpty()) {
        if (!ACTIONS_WALKED_ELSEWHERE.containsKey(name)) {
          problems.add(
              where
                  + " form "
                  + name
                  + ": nothing to fill and no journey walks it (add one, or say where it is walked"
                  + " in FormCheck)");
        }
        continue;
      }
      submitEmpty(driver, form);
      expectFieldMessage(driver, where + " form " + name + " sent empty", problems);
      driver.get(page);
      WebElement again = forms(driver).get(i);
      if (fillWrong(driver, again)) {
        expectFieldMessage(driver, where + " form " + name + " sent with a wrong value", problems);
      }
    }
    if (count > 1) {
      driver.get(page);
    }
  }

  /** A form's id (a generic one with its page's shape), or for a plain form its action's path. */
  private static String name(WebElement form, String page) {
    String id = form.getAttribute("id");
    if (id == null || id.isEmpty()) {
      return path(form.getAttribute("action"));
    }
    return "form".equals(id) ? "form on " + Sweep.shape(page) : id;
  }

  private static List<WebElement> forms(WebDriver driver) {
    return driver.findElements(By.cssSelector("main form[method=post]"));
  }

  private static List<WebElement> fillable(WebElement form) {
    return form.findElements(By.cssSelector(FILLABLE)).stream()
        .filter(WebElement::isDisplayed)
        .toList();
  }

  private static boolean hasFileField(WebElement form) {
    return form.findElements(By.cssSelector("input[type=file]")).stream()
        .anyMatch(WebElement::isDisplayed);
  }

  private void submitEmpty(WebDriver driver, WebElement form) {
    for (WebElement field : fillable(form)) {
      js(driver).executeScript("arguments[0].value = '';", field);
    }
    submit(driver, form);
  }

  private boolean fillWrong(WebDriver driver, WebElement form) {
    for (List<String> wrong : WRONG) {
      for (WebElement field : fillable(form)) {
        if (wrong.get(0).equals(field.getAttribute("type"))) {
          js(driver).executeScript("arguments[0].value = arguments[1];", field, wrong.get(1));
          submit(driver, form);
          return true;
        }
      }
    }
    return false;
  }

  private void submit(WebDriver driver, WebElement form) {
    js(driver).executeScript("arguments[0].noValidate = true;", form);
    // the button that follows the fields sends them (revoke, remove and the like come before, with
    // their rows)
    js(driver)
        .executeScript(
            """
            var form = arguments[0], fields = form.querySelectorAll(arguments[1]);
            var buttons = Array.from(form.querySelectorAll('button[type=submit], input[type=submit], button:not([type])'));
            var last = fields[fields.length - 1];
            var after = buttons.filter(function (b) { return last && (last.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING); });
            var button = after.length ? after[0] : buttons[0];
            if (button) { button.click(); } else { form.requestSubmit(); }
            """,
            form,
            FILLABLE);
    submitted++;
    new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(form));
  }

  private static void expectFieldMessage(WebDriver driver, String what, List<String> problems) {
    long status = PageCheck.status(driver);
    if (status >= 500) {
      problems.add(what + ": status " + status);
    } else if (driver.findElements(By.cssSelector(FIELD_MESSAGE)).isEmpty()) {
      problems.add(
          what
              + ": no message next to a field ("
              + driver.getCurrentUrl()
              + ", status "
              + status
              + ")");
    }
  }

  private static String path(String url) {
    int start = url.indexOf('/', url.indexOf("//") + 2);
    return start < 0 ? "/" : url.substring(start);
  }

  private static JavascriptExecutor js(WebDriver driver) {
    return (JavascriptExecutor) driver;
  }

  /** Forms submitted, empty and wrong. */
  int submitted() {
    return submitted;
  }
}
