package org.canbao.kernel.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.canbao.kernel.api.BulkAudit;

/**
 * Revisions of bulk work written as {@link AuditRevision} rows, in the caller's connection and
 * transaction.
 */
@ApplicationScoped
public class JdbcBulkAudit implements BulkAudit {
  private static final int NOTE_LENGTH = 300;

  @Resource(lookup = "java:app/jdbc/canbao")
  DataSource dataSource;

  @Override
  public long open(Connection c, String username, Instant at, Set<Class<?>> entities, String note) {
    try {
      long rev;
      try (PreparedStatement ps =
          c.prepareStatement(
              "insert into kernel.revinfo (rev_timestamp, username, note) values (?, ?, ?)",
              new String[] {"id"})) {
        ps.setLong(1, at.toEpochMilli());
        ps.setString(2, username);
        ps.setString(3, cut(note));
        ps.executeUpdate();
        try (ResultSet keys = ps.getGeneratedKeys()) {
          keys.next();
          rev = keys.getLong(1);
        }
      }
      try (PreparedStatement ps =
          c.prepareStatement("insert into kernel.revchanges (rev, entityname) values (?, ?)")) {
        for (Class<?> entity : entities) {
          ps.setLong(1, rev);
          ps.setString(2, entity.getName());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      return rev;
    } catch (SQLException e) {
      throw new IllegalStateException("审计记录写入失败：" + e.getMessage(), e);
    }
  }

  @Override
  public void note(Connection c, long revision, String note) {
    try (PreparedStatement ps =
        c.prepareStatement("update kernel.revinfo set note = ? where id = ?")) {
      ps.setString(1, cut(note));
      ps.setLong(2, revision);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("审计记录写入失败：" + e.getMessage(), e);
    }
  }

  @Override
  public Optional<Instant> firstNoted(String prefix) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select rev_timestamp from kernel.revinfo where note like ? order by id")) {
      ps.setString(1, prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
      ps.setMaxRows(1);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(Instant.ofEpochMilli(rs.getLong(1))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String cut(String note) {
    return note == null || note.length() <= NOTE_LENGTH ? note : note.substring(0, NOTE_LENGTH);
  }
}
