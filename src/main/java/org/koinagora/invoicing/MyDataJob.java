package org.koinagora.invoicing;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import org.koinagora.shared.jobs.JobLeases;

/** Every 20 s: documents waiting for myDATA are sent; on one node of a cluster at a time. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MyDataJob {

  @Inject private MyDataSender sender;
  @Inject private JobLeases leases;

  @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false)
  public void send() {
    leases.runIfLeader("mydata", Duration.ofSeconds(120), sender::sendDue);
  }
}
