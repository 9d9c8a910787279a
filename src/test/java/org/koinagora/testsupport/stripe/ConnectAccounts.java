package org.koinagora.testsupport.stripe;

import static org.koinagora.testsupport.stripe.StubJson.addOrNull;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Connected (Express) accounts, their onboarding links and the transfers sent to them. */
final class ConnectAccounts {

  private static final long LINK_LIFETIME = 300;

  private final String base;
  private final StubEvents events;
  private final Map<String, JsonObject> accounts = new HashMap<>();
  private final Map<String, String> returnUrls = new HashMap<>();

  ConnectAccounts(String base, StubEvents events) {
    this.base = base;
    this.events = events;
  }

  synchronized JsonObject create(Map<String, String> params) {
    JsonObjectBuilder account =
        StubJson.object(StubJson.id("acct"), "account")
            .add("type", params.getOrDefault("type", "express"))
            .add("charges_enabled", false)
            .add("payouts_enabled", false)
            .add("details_submitted", false)
            .add("metadata", StubJson.map(FormParams.nested(params, "metadata")));
    addOrNull(account, "email", params.get("email"));
    addOrNull(account, "country", params.get("country"));
    JsonObject created = account.build();
    accounts.put(created.getString("id"), created);
    return created;
  }

  synchronized JsonObject get(String id) {
    return Optional.ofNullable(accounts.get(id))
        .orElseThrow(() -> ApiError.noSuch("account", id, "account"));
  }

  synchronized JsonObject link(Map<String, String> params) {
    FormParams.require(params, "account", "type");
    String account = get(params.get("account")).getString("id");
    returnUrls.put(account, params.get("return_url"));
    long now = StubJson.now();
    return Json.createObjectBuilder()
        .add("object", "account_link")
        .add("url", base + "/onboard/" + account)
        .add("created", now)
        .add("expires_at", now + LINK_LIFETIME)
        .build();
  }

  /** Where the onboarding page sends the user back to, as given to the latest account link. */
  synchronized String returnUrl(String account) {
    return returnUrls.get(account);
  }

  synchronized JsonObject completeOnboarding(String id) {
    JsonObject onboarded =
        Json.createObjectBuilder(get(id))
            .add("charges_enabled", true)
            .add("payouts_enabled", true)
            .add("details_submitted", true)
            .build();
    accounts.put(id, onboarded);
    return events.add("account.updated", onboarded, id);
  }

  synchronized JsonObject transfer(Map<String, String> params) {
    FormParams.require(params, "amount", "currency", "destination");
    JsonObjectBuilder transfer =
        StubJson.object(StubJson.id("tr"), "transfer")
            .add("amount", Long.parseLong(params.get("amount")))
            .add("amount_reversed", 0)
            .add("reversed", false)
            .add("currency", params.get("currency"))
            .add("destination", params.get("destination"))
            .add("metadata", StubJson.map(FormParams.nested(params, "metadata")));
    addOrNull(transfer, "transfer_group", params.get("transfer_group"));
    return addOrNull(transfer, "description", params.get("description")).build();
  }

  /** A transfer (partly) taken back from the connected account, as before a refund. */
  synchronized JsonObject reverse(String transferId, Map<String, String> params) {
    FormParams.require(params, "amount");
    return StubJson.object(StubJson.id("trr"), "transfer_reversal")
        .add("amount", Long.parseLong(params.get("amount")))
        .add("currency", "eur")
        .add("transfer", transferId)
        .add("metadata", StubJson.map(FormParams.nested(params, "metadata")))
        .build();
  }
}
