package org.canbao.web.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Time taken by requests, for {@code /metrics}: {@code canbao_rest_request_seconds} per REST
 * operation (resource class and method) and {@code canbao_page_request_seconds} per page of the
 * application, each with its outcome (2xx, 3xx, 4xx, 5xx). The tags come from the application's own
 * operations and pages, never from the address as sent, so their number is bounded.
 */
@ApplicationScoped
public class RequestTimings {
  // recorded in nanoseconds, as Payara's timers keep them; the Prometheus output scales every
  // figure
  // (quantiles, max, mean, sum) to seconds (with SECONDS here it scaled the sum only)
  private static final Metadata REST =
      Metadata.builder()
          .withName("canbao.rest.request")
          .withDescription("Time taken by REST operations, by operation and outcome")
          .withUnit(MetricUnits.NANOSECONDS)
          .build();
  private static final Metadata PAGE =
      Metadata.builder()
          .withName("canbao.page.request")
          .withDescription("Time taken by page requests (incl. Ajax), by page and outcome")
          .withUnit(MetricUnits.NANOSECONDS)
          .build();

  @Inject MetricRegistry registry;

  public void rest(String operation, int status, Duration took) {
    registry
        .timer(REST, new Tag("operation", operation), new Tag("outcome", outcome(status)))
        .update(took);
  }

  public void page(String page, int status, Duration took) {
    registry.timer(PAGE, new Tag("page", page), new Tag("outcome", outcome(status))).update(took);
  }

  static String outcome(int status) {
    return status >= 100 && status < 600 ? (status / 100) + "xx" : "other";
  }
}
