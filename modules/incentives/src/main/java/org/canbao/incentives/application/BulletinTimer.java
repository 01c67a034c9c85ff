package org.canbao.incentives.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.canbao.kernel.api.CurrentCaller;

/**
 * Takes the bulletins due by the districts' schedules every morning at 6:30 (Beijing time), as
 * Canbao itself: no user starts them.
 */
@Singleton
public class BulletinTimer {
  private static final Logger LOG = Logger.getLogger(BulletinTimer.class.getName());

  @Inject CurrentCaller caller;
  @Inject BulletinService bulletins;

  @Schedule(hour = "6", minute = "30", timezone = "Asia/Shanghai", persistent = false)
  public void morning() {
    caller.actAsSystem();
    try {
      int n = bulletins.takeDue(LocalDate.now(ProgressBoardService.CHINA));
      if (n > 0) {
        LOG.info(() -> "Scheduled bulletins taken: " + n);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Scheduled bulletins failed", e);
    }
  }
}
