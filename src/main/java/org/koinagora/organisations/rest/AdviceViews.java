package org.koinagora.organisations.rest;

import java.util.List;
import java.util.Locale;
import org.koinagora.organisations.AdviceMessage;
import org.koinagora.organisations.AdviceRequest;

/** Requests for advice and their threads, as the API shows them to the centre and the requester. */
public final class AdviceViews {

  private AdviceViews() {}

  /** What a group asks; {@code region} and {@code legalForm} are constants' names. */
  public record Question(
      String groupName,
      String name,
      String email,
      String region,
      String legalForm,
      String message) {}

  /** A message to add to a thread. */
  public record NewMessage(String body) {}

  /** A request just made: its id and the page of its thread. */
  public record Created(long id, String url) {}

  /** One request in the centre's list. */
  public record Item(
      long id,
      String status,
      String name,
      String email,
      String groupName,
      String region,
      String legalForm,
      String createdAt,
      String lastMessageAt,
      String lastAuthor,
      String url) {}

  /** A request with its thread. */
  public record Detail(
      long id,
      OrganisationViews.Ref organisation,
      String status,
      String name,
      String email,
      String groupName,
      String region,
      String legalForm,
      String createdAt,
      List<Message> messages,
      String url) {}

  /** One message; {@code name} is null for a staff member whose account was erased. */
  public record Message(String author, String name, String body, String at) {}

  static Item item(AdviceRequest r) {
    return new Item(
        r.getId(),
        r.getStatus().name(),
        r.getRequesterName(),
        r.getEmail(),
        r.getGroupName(),
        r.getRegion().name(),
        r.getLegalForm() == null ? null : r.getLegalForm().name(),
        r.getCreatedAt().toString(),
        r.getLastMessageAt().toString(),
        r.lastAuthor() == null ? null : r.lastAuthor().name(),
        url(r));
  }

  static Detail detail(AdviceRequest r, Locale locale) {
    return new Detail(
        r.getId(),
        new OrganisationViews.Ref(r.getOrganisation().getId(), r.getOrganisation().name(locale)),
        r.getStatus().name(),
        r.getRequesterName(),
        r.getEmail(),
        r.getGroupName(),
        r.getRegion().name(),
        r.getLegalForm() == null ? null : r.getLegalForm().name(),
        r.getCreatedAt().toString(),
        r.getMessages().stream().map(AdviceViews::message).toList(),
        url(r));
  }

  static Message message(AdviceMessage m) {
    return new Message(
        m.getAuthor().name(), m.getAuthorName(), m.getBody(), m.getCreatedAt().toString());
  }

  static String url(AdviceRequest r) {
    return "/advice/" + r.getId();
  }
}
