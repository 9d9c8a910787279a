package org.koinagora.checkout.stripe;

import com.stripe.model.Account;
import com.stripe.model.Charge;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.StripeObject;
import com.stripe.model.checkout.Session;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.koinagora.checkout.CardPayments;
import org.koinagora.fairs.StandFeePayments;

/**
 * Acts on one Stripe event, once: the event's id goes into {@code stripe_event} in the same
 * transaction as what it changes, so a second delivery — even at the same moment — fails on the key
 * and changes nothing. Unknown types are recorded and ignored.
 */
@ApplicationScoped
public class StripeEvents {

  private static final Logger LOG = Logger.getLogger(StripeEvents.class.getName());

  /** What became of the event. */
  public enum Outcome {
    HANDLED,
    IGNORED
  }

  @PersistenceContext private EntityManager em;
  @Inject private CardPayments cardPayments;
  @Inject private StandFeePayments standFees;

  @Transactional
  public Outcome handle(Event event) {
    em.persist(new ReceivedEvent(event.getId(), event.getType()));
    em.flush();
    Optional<StripeObject> object = event.getDataObjectDeserializer().getObject();
    if (object.isEmpty()) {
      LOG.warning(
          "Stripe event "
              + event.getId()
              + " of API version "
              + event.getApiVersion()
              + " could not be read");
      return Outcome.IGNORED;
    }
    switch (event.getType()) {
      case "checkout.session.completed", "checkout.session.async_payment_succeeded" -> {
        Session session = (Session) object.get();
        Long booking = id(session.getMetadata(), "booking_id");
        if (!"paid".equals(session.getPaymentStatus())) {
          return Outcome.IGNORED;
        } else if (booking != null) {
          standFees.paid(booking, session.getPaymentIntent());
        } else {
          cardPayments.paid(
              session.getId(), orderId(session.getMetadata()), session.getPaymentIntent());
        }
      }
      case "checkout.session.expired" -> {
        Session session = (Session) object.get();
        cardPayments.expired(session.getId(), orderId(session.getMetadata()));
      }
      case "payment_intent.payment_failed" -> {
        PaymentIntent intent = (PaymentIntent) object.get();
        String reason =
            intent.getLastPaymentError() == null ? null : intent.getLastPaymentError().getMessage();
        cardPayments.failed(orderId(intent.getMetadata()), reason);
      }
      case "charge.refunded" -> {
        Charge charge = (Charge) object.get();
        cardPayments.refundedAtStripe(
            charge.getPaymentIntent(), Boolean.TRUE.equals(charge.getRefunded()));
      }
      case "account.updated" -> {
        Account account = (Account) object.get();
        cardPayments.accountUpdated(
            account.getId(), Boolean.TRUE.equals(account.getPayoutsEnabled()));
      }
      default -> {
        return Outcome.IGNORED;
      }
    }
    return Outcome.HANDLED;
  }

  /** Whether the event was already acted on. */
  public boolean isKnown(String eventId) {
    return em.find(ReceivedEvent.class, eventId) != null;
  }

  private static Long orderId(Map<String, String> metadata) {
    return id(metadata, "order_id");
  }

  private static Long id(Map<String, String> metadata, String key) {
    String id = metadata == null ? null : metadata.get(key);
    try {
      return id == null ? null : Long.valueOf(id);
    } catch (NumberFormatException notOurs) {
      return null;
    }
  }
}
