package org.koinagora.demo;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.koinagora.accounts.UserAccount;
import org.koinagora.organisations.Organisation;
import org.koinagora.organisations.OrganisationKind;
import org.koinagora.shared.SecureTokens;

/**
 * A request for advice at the demo's support centre, from the first demo buyer's group of women who
 * want to found a Κοιν.Σ.Επ., with the centre's answer: open on both their pages. Written as rows,
 * so that loading the demo mails nobody; its private link is a secret nobody was given.
 */
final class DemoAdvice {

  private DemoAdvice() {}

  static void load(EntityManager em, List<Organisation> organisations, UserAccount requester) {
    Organisation centre =
        organisations.stream()
            .filter(o -> o.getKind() == OrganisationKind.SUPPORT_CENTRE)
            .findFirst()
            .orElseThrow();
    long staffId = centre.staffIds().iterator().next();
    UserAccount staff = em.find(UserAccount.class, staffId);
    Instant asked = Instant.now().minus(Duration.ofDays(3));
    Instant answered = asked.plus(Duration.ofHours(20));
    em.createNativeQuery(
            "INSERT INTO advice_request (organisation_id, requester_id, requester_name, email,"
                + " group_name, region, legal_form, language, status, created_at, last_message_at,"
                + " token_hash, token_issued_at, token_expires_at) VALUES (?1, ?2, ?3, ?4, ?5,"
                + " 'CENTRAL_MACEDONIA', 'KOINSEP', 'el', 'OPEN', ?6, ?7, ?8, ?6, ?9)")
        .setParameter(1, centre.getId())
        .setParameter(2, requester.getId())
        .setParameter(3, requester.getName())
        .setParameter(4, requester.getEmail())
        .setParameter(5, "Γυναίκες της Καλαμαριάς")
        .setParameter(6, asked)
        .setParameter(7, answered)
        .setParameter(8, SecureTokens.sha256(SecureTokens.newToken()))
        .setParameter(9, asked.plus(Duration.ofDays(180)))
        .executeUpdate();
    long requestId =
        ((Number) em.createNativeQuery("SELECT MAX(id) FROM advice_request").getSingleResult())
            .longValue();
    message(
        em,
        requestId,
        "REQUESTER",
        requester.getId(),
        requester.getName(),
        "Είμαστε επτά γυναίκες από την Καλαμαριά και θέλουμε να φτιάξουμε μια κοινωνική κουζίνα"
            + " που θα μαγειρεύει για σχολεία και συλλόγους. Σκεφτόμαστε Κοιν.Σ.Επ. Τι χρειάζεται"
            + " για να ξεκινήσουμε και πόσο κεφάλαιο πρέπει να βάλει η καθεμία;",
        asked);
    message(
        em,
        requestId,
        "STAFF",
        staffId,
        staff.getName(),
        "Καλησπέρα σας και συγχαρητήρια για την ιδέα! Μια Κοιν.Σ.Επ. συλλογικής και παραγωγικής"
            + " ωφέλειας χρειάζεται τουλάχιστον πέντε μέλη· το κεφάλαιο το ορίζει το καταστατικό"
            + " σας και μπορεί να είναι μικρό. Σας προτείνουμε μια συνάντηση στο κέντρο την"
            + " Πέμπτη στις 11:00 για να δούμε μαζί το καταστατικό και το επιχειρηματικό σχέδιο.",
        answered);
  }

  private static void message(
      EntityManager em,
      long requestId,
      String author,
      long authorId,
      String name,
      String body,
      Instant at) {
    em.createNativeQuery(
            "INSERT INTO advice_message (request_id, author_kind, author_id, author_name, body,"
                + " created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .setParameter(1, requestId)
        .setParameter(2, author)
        .setParameter(3, authorId)
        .setParameter(4, name)
        .setParameter(5, body)
        .setParameter(6, at)
        .executeUpdate();
  }
}
