package org.koinagora.calls.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.koinagora.calls.Call;
import org.koinagora.calls.CallStatus;
import org.koinagora.calls.Calls;
import org.koinagora.enterprises.Region;
import org.koinagora.shared.Links;
import org.koinagora.shared.i18n.Language;
import org.koinagora.shared.i18n.Texts;
import org.koinagora.shared.web.Formats;

/** {@code GET /api/v1/calls.atom}: published calls as an Atom (RFC 4287) feed, newest first. */
@Path("calls.atom")
public class CallFeedResource {

  static final String ATOM = "application/atom+xml; charset=UTF-8";
  private static final String NS = "http://www.w3.org/2005/Atom";

  @Inject private Calls calls;
  @Inject private Links links;
  @Context private HttpServletRequest request;

  @GET
  @Produces(ATOM)
  public Response feed(
      @QueryParam("region") String region,
      @QueryParam("category") String category,
      @QueryParam("status") String status) {
    Locale locale = Language.of(request).locale();
    List<Call> found =
        calls.list(
            CallViews.enumOf(Region.class, region, "region"),
            category,
            CallViews.enumOf(CallStatus.class, status, "status"));
    try {
      return Response.ok(atom(found, locale), ATOM).build();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  private String atom(List<Call> found, Locale locale) throws XMLStreamException {
    StringWriter out = new StringWriter();
    XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeStartElement("feed");
    xml.writeDefaultNamespace(NS);
    element(xml, "title", Texts.get(locale, "calls.feed.title"));
    element(xml, "id", links.to("/calls"));
    Instant updated =
        found.stream()
            .map(c -> c.getAwardedAt() != null ? c.getAwardedAt() : c.getPublishedAt())
            .filter(java.util.Objects::nonNull)
            .max(Instant::compareTo)
            .orElse(Instant.EPOCH);
    element(xml, "updated", updated.toString());
    link(xml, "self", links.to("/api/v1/calls.atom"));
    link(xml, "alternate", links.to("/calls"));
    for (Call call : found) {
      xml.writeStartElement("entry");
      element(xml, "title", call.title(locale));
      element(xml, "id", links.to("/calls/" + call.getId()));
      link(xml, "alternate", links.to("/calls/" + call.getId()));
      Instant entryUpdated =
          call.getAwardedAt() != null ? call.getAwardedAt() : call.getPublishedAt();
      element(xml, "updated", (entryUpdated == null ? Instant.EPOCH : entryUpdated).toString());
      if (call.getPublishedAt() != null) {
        element(xml, "published", call.getPublishedAt().toString());
      }
      xml.writeStartElement("author");
      element(xml, "name", call.getOrganisation().name(locale));
      xml.writeEndElement();
      element(
          xml,
          "summary",
          Texts.get(
                  locale,
                  "calls.feed.summary",
                  Texts.get(locale, "CallStatus." + call.getCurrentStatus().name()),
                  Formats.dateIn(call.getOfferDeadline(), locale))
              + "\n\n"
              + call.description(locale));
      xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    xml.close();
    return out.toString();
  }

  private static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text == null ? "" : text);
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("href", href);
  }
}
