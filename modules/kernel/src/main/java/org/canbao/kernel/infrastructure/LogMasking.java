package org.canbao.kernel.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Handler;
import java.util.logging.Logger;

/**
 * Puts {@link IdNumberLogFilter} in front of the server's log handlers (console, server log file)
 * while the application runs, so no log line shows an ID number in clear, whoever logged it.
 */
@Singleton
@Startup
public class LogMasking {
  private static final Logger LOG = Logger.getLogger(LogMasking.class.getName());

  @PostConstruct
  void install() {
    int n = guard(Logger.getLogger(""));
    LOG.info(() -> "ID numbers are masked in the log (" + n + " handlers)");
  }

  @PreDestroy
  void uninstall() {
    unguard(Logger.getLogger(""));
  }

  /** Installs the filter on the logger's handlers; returns how many it now guards. */
  static int guard(Logger logger) {
    Handler[] handlers = logger.getHandlers();
    for (Handler h : handlers) {
      if (!(h.getFilter() instanceof IdNumberLogFilter)) {
        h.setFilter(new IdNumberLogFilter(h.getFilter()));
      }
    }
    return handlers.length;
  }

  static void unguard(Logger logger) {
    for (Handler h : logger.getHandlers()) {
      if (h.getFilter() instanceof IdNumberLogFilter f) {
        h.setFilter(f.next());
      }
    }
  }
}
