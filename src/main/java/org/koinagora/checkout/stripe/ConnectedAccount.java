package org.koinagora.checkout.stripe;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.koinagora.checkout.PayoutAccounts.Party;
import org.koinagora.shared.persistence.BaseEntity;

/** The Stripe Connect account of an enterprise or a municipality, and whether it is paid out to. */
@Entity
@Table(name = "stripe_connected_account")
@NamedQuery(
    name = "ConnectedAccount.findByParty",
    query = "SELECT a FROM ConnectedAccount a WHERE a.party = :party AND a.partyId = :id")
@NamedQuery(
    name = "ConnectedAccount.findByAccount",
    query = "SELECT a FROM ConnectedAccount a WHERE a.accountId = :account")
public class ConnectedAccount extends BaseEntity {

  static final int ACCOUNT_MAX = 64;

  @Enumerated(EnumType.STRING)
  @Column(name = "party_kind", nullable = false, length = 16)
  private Party party;

  @Column(name = "party_id", nullable = false)
  private long partyId;

  @Column(name = "account_id", length = ACCOUNT_MAX)
  private String accountId;

  @Column(name = "payouts_enabled", nullable = false)
  private boolean payoutsEnabled;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  /** Rows are written by {@link ConnectedAccounts#connected}, one statement per party. */
  protected ConnectedAccount() {}

  /** What Stripe last said about the account. */
  void connected(String account, boolean payoutsEnabled) {
    this.accountId = account;
    this.payoutsEnabled = payoutsEnabled;
    this.updatedAt = Instant.now();
  }

  public String getAccountId() {
    return accountId;
  }

  public boolean isPayoutsEnabled() {
    return payoutsEnabled;
  }
}
