package org.canbao.kernel.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and the kernel schema is migrated ({@code /health/ready}). */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
  @Resource(lookup = "java:app/jdbc/canbao")
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database");
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from kernel.region")) {
      rs.next();
      return response
          .up()
          .withData("product", c.getMetaData().getDatabaseProductName())
          .withData("regions", rs.getLong(1))
          .build();
    } catch (SQLException e) {
      return response.down().withData("error", e.getMessage()).build();
    }
  }
}
