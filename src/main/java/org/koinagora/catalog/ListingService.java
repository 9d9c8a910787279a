package org.koinagora.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.util.List;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.catalog.images.ImageProcessor;
import org.koinagora.catalog.images.ImageRejectedException;
import org.koinagora.catalog.images.ImageStore;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.enterprises.EnterpriseService;
import org.koinagora.organisations.EnterpriseAccess;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.NotFoundException;
import org.koinagora.shared.events.PublicContentChanged;

/**
 * What enterprise members (and support centres' staff they delegated access to) do with their
 * listings; every write checks {@link EnterpriseAccess} first, and what is done under a delegation
 * is logged.
 */
@ApplicationScoped
public class ListingService {

  @PersistenceContext private EntityManager em;
  @Inject private EnterpriseService enterprises;
  @Inject private EnterpriseAccess access;
  @Inject private Categories categories;
  @Inject private ImageStore imageStore;
  @Inject private Event<PublicContentChanged> changes;
  private final ImageProcessor imageProcessor = new ImageProcessor();

  /**
   * Creates a listing for an enterprise the user acts for: the one named (theirs, or delegated to
   * their support centre), or their only one.
   */
  @Transactional
  public Listing create(SignedInUser member, Long enterpriseId, @Valid ListingDraft draft) {
    return create(member, enterpriseId, draft, null);
  }

  /** The same, saying how a service is bought ({@code booking} null: NONE). */
  @Transactional
  public Listing create(
      SignedInUser member, Long enterpriseId, @Valid ListingDraft draft, ServiceBooking booking) {
    var acting = access.actingFor(member, enterpriseId);
    var listing = new Listing(acting.enterprise(), draft, category(draft.category()));
    if (booking != null) {
      listing.bookBy(booking);
    }
    em.persist(listing);
    em.flush();
    access.record(acting, "listing.created", subject(listing));
    return changed(listing);
  }

  @Transactional
  public Listing update(SignedInUser member, long listingId, @Valid ListingDraft draft) {
    return update(member, listingId, draft, null);
  }

  /** The same, changing how a service is bought when {@code booking} is given. */
  @Transactional
  public Listing update(
      SignedInUser member, long listingId, @Valid ListingDraft draft, ServiceBooking booking) {
    Listing listing = owned(member, listingId);
    listing.apply(draft, category(draft.category()));
    if (booking != null) {
      listing.bookBy(booking);
    }
    record(member, listing, "listing.updated");
    return changed(listing);
  }

  @Transactional
  public Listing archive(SignedInUser member, long listingId) {
    Listing listing = owned(member, listingId);
    listing.archive();
    record(member, listing, "listing.archived");
    return changed(listing);
  }

  @Transactional
  public ListingImage addImage(SignedInUser member, long listingId, byte[] upload) {
    Listing listing = owned(member, listingId);
    if (listing.getImages().size() >= Listing.IMAGES_MAX) {
      throw new ImageRejectedException(400, "image.too_many");
    }
    var processed = imageProcessor.process(upload);
    String key = imageStore.save(processed);
    var image =
        new ListingImage(
            listing, listing.getImages().size(), key, processed.width(), processed.height());
    listing.addImage(image);
    em.flush();
    record(member, listing, "listing.image_added");
    changed(listing);
    return image;
  }

  @Transactional
  public void removeImage(SignedInUser member, long listingId, long imageId) {
    Listing listing = owned(member, listingId);
    ListingImage image =
        listing.getImages().stream()
            .filter(candidate -> candidate.getId() == imageId)
            .findFirst()
            .orElseThrow(NotFoundException::new);
    listing.removeImage(image);
    imageStore.delete(image.getStorageKey());
    record(member, listing, "listing.image_removed");
    changed(listing);
  }

  private Listing changed(Listing listing) {
    changes.fire(PublicContentChanged.listing(listing.getEnterprise().getId(), listing.getId()));
    return listing;
  }

  /**
   * The listing, if the user may act for its enterprise (a member, or under a delegation); 404 or
   * 403 otherwise.
   */
  public Listing owned(SignedInUser member, long listingId) {
    Listing listing = em.find(Listing.class, listingId);
    if (listing == null) {
      throw new NotFoundException();
    }
    access.on(member, listing.getEnterprise());
    return listing;
  }

  /** The listings of one enterprise the user acts for (403 otherwise). */
  public List<Listing> ofEnterprise(SignedInUser user, long enterpriseId) {
    access.on(user, enterpriseId);
    return em.createNamedQuery("Listing.findByEnterprises", Listing.class)
        .setParameter("enterprises", List.of(enterpriseId))
        .getResultList();
  }

  private void record(SignedInUser user, Listing listing, String action) {
    access.record(access.on(user, listing.getEnterprise()), action, subject(listing));
  }

  private static String subject(Listing listing) {
    return "#" + listing.getId() + " " + listing.getTitle().el();
  }

  public List<Listing> ofMember(SignedInUser member) {
    List<Long> ids = enterprises.ofMember(member.id()).stream().map(Enterprise::getId).toList();
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("Listing.findByEnterprises", Listing.class)
        .setParameter("enterprises", ids)
        .getResultList();
  }

  private Category category(String path) {
    return categories
        .byPath(path)
        .map(found -> em.find(Category.class, found.getId()))
        .orElseThrow(() -> new InvalidInputException("category", "listing.category.unknown"));
  }
}
