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
import org.koinagora.shared.AccessDeniedException;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.NotFoundException;
import org.koinagora.shared.events.PublicContentChanged;

/** What enterprise members do with their listings; every write checks membership first. */
@ApplicationScoped
public class ListingService {

  @PersistenceContext private EntityManager em;
  @Inject private EnterpriseService enterprises;
  @Inject private Categories categories;
  @Inject private ImageStore imageStore;
  @Inject private Event<PublicContentChanged> changes;
  private final ImageProcessor imageProcessor = new ImageProcessor();

  /** Creates a listing for one of the user's enterprises: the one named, or their only one. */
  @Transactional
  public Listing create(SignedInUser member, Long enterpriseId, @Valid ListingDraft draft) {
    Enterprise enterprise = enterprises.actingFor(member, enterpriseId);
    var listing = new Listing(enterprise, draft, category(draft.category()));
    em.persist(listing);
    em.flush();
    return changed(listing);
  }

  @Transactional
  public Listing update(SignedInUser member, long listingId, @Valid ListingDraft draft) {
    Listing listing = owned(member, listingId);
    listing.apply(draft, category(draft.category()));
    return changed(listing);
  }

  @Transactional
  public Listing archive(SignedInUser member, long listingId) {
    Listing listing = owned(member, listingId);
    listing.archive();
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
    changed(listing);
  }

  private Listing changed(Listing listing) {
    changes.fire(PublicContentChanged.listing(listing.getEnterprise().getId(), listing.getId()));
    return listing;
  }

  /** The listing, if the user is a member of its enterprise; 404 or 403 otherwise. */
  public Listing owned(SignedInUser member, long listingId) {
    Listing listing = em.find(Listing.class, listingId);
    if (listing == null) {
      throw new NotFoundException();
    }
    if (!listing.getEnterprise().hasMember(member.id())) {
      throw new AccessDeniedException();
    }
    return listing;
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
