package org.koinagora.fairs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.koinagora.shared.persistence.BaseEntity;

/** One application's place in a fair's lottery, and whether it won its stand. */
@Entity
@Table(name = "fair_lottery_ticket")
public class LotteryTicket extends BaseEntity {

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "fair_id")
  private FairLottery lottery;

  @Column(name = "draw_rank", nullable = false)
  private int rank;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "booking_id")
  private StandBooking application;

  @Column(nullable = false, length = 64)
  private String ticket;

  @Column(nullable = false)
  private boolean won;

  protected LotteryTicket() {}

  LotteryTicket(
      FairLottery lottery, int rank, StandBooking application, String ticket, boolean won) {
    this.lottery = lottery;
    this.rank = rank;
    this.application = application;
    this.ticket = ticket;
    this.won = won;
  }

  public int getRank() {
    return rank;
  }

  public StandBooking getApplication() {
    return application;
  }

  public String getTicket() {
    return ticket;
  }

  public boolean isWon() {
    return won;
  }
}
