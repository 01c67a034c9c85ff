package org.canbao.incentives.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.ScheduledRuns;

/**
 * Takes the bulletins due by the districts' schedules every morning at 6:30 (Beijing time), as
 * Canbao itself: no user starts them. On a cluster every node's timer fires; the node that claims
 * the morning's run takes the bulletins, the others skip it (two nodes taking them at once would
 * each find none taken and number two bulletins for the same day).
 */
@Singleton
public class BulletinTimer {
  private static final Logger LOG = Logger.getLogger(BulletinTimer.class.getName());

  @Inject CurrentCaller caller;
  @Inject BulletinService bulletins;
  @Inject ScheduledRuns runs;

  @Schedule(hour = "6", minute = "30", timezone = "Asia/Shanghai", persistent = false)
  public void morning() {
    caller.actAsSystem();
    try {
      LocalDate today = LocalDate.now(ProgressBoardService.CHINA);
      if (!runs.claim("bulletins", today.toString())) {
        LOG.info(() -> "Scheduled bulletins of " + today + " are taken by another node");
        return;
      }
      int n = bulletins.takeDue(today);
      if (n > 0) {
        LOG.info(() -> "Scheduled bulletins taken: " + n);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Scheduled bulletins failed", e);
    }
  }
}
