package org.koinagora.fairs;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The published lottery of an APPLICATION fair: drawn once, its seed and ranked tickets public. */
@Entity
@Table(name = "fair_lottery")
public class FairLottery {

  @Id
  @Column(name = "fair_id")
  private Long fairId;

  @Column(nullable = false, length = 64)
  private String seed;

  @Column(name = "drawn_at", nullable = false)
  private Instant drawnAt;

  @Column(name = "drawn_by", nullable = false)
  private Long drawnBy;

  @OneToMany(mappedBy = "lottery", cascade = CascadeType.PERSIST)
  @OrderBy("rank")
  private List<LotteryTicket> tickets = new ArrayList<>();

  protected FairLottery() {}

  FairLottery(long fairId, String seed, long drawnBy, Instant now) {
    this.fairId = fairId;
    this.seed = seed;
    this.drawnBy = drawnBy;
    this.drawnAt = now;
  }

  void add(StandBooking application, String hash, boolean won) {
    tickets.add(new LotteryTicket(this, tickets.size() + 1, application, hash, won));
  }

  public Long getFairId() {
    return fairId;
  }

  public String getSeed() {
    return seed;
  }

  public Instant getDrawnAt() {
    return drawnAt;
  }

  public List<LotteryTicket> getTickets() {
    return tickets;
  }
}
