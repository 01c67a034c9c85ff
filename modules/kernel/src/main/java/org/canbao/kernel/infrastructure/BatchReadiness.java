package org.canbao.kernel.infrastructure;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the Jakarta Batch runtime that runs the import checks and commits answers: its job
 * operator exists and can read its job repository ({@code /health/ready}).
 */
@Readiness
@ApplicationScoped
public class BatchReadiness implements HealthCheck {
  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("batch-runtime");
    try {
      JobOperator jobs = BatchRuntime.getJobOperator();
      if (jobs == null) {
        return response.down().withData("error", "no job operator").build();
      }
      return response.up().withData("knownJobs", jobs.getJobNames().size()).build();
    } catch (RuntimeException e) {
      return response.down().withData("error", e.getClass().getSimpleName()).build();
    }
  }
}
