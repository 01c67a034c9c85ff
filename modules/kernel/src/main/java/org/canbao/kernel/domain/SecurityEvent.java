package org.canbao.kernel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.canbao.kernel.api.SecurityEventKind;

/**
 * One entry of the security trail: a refused sign-in (also for user names that do not exist), a
 * refused access, a full ID number shown. Written in its own transaction, so a refusal that fails
 * the request is still recorded. Never changed afterwards.
 */
@Entity
@Table(schema = "kernel", name = "security_event")
public class SecurityEvent {
  static final int USERNAME_LENGTH = 60;
  static final int DETAIL_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant at;

  @Column(length = USERNAME_LENGTH)
  private String username;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private SecurityEventKind kind;

  @Column(length = DETAIL_LENGTH)
  private String detail;

  protected SecurityEvent() {}

  public SecurityEvent(Instant at, String username, SecurityEventKind kind, String detail) {
    this.at = at;
    this.username = clip(username, USERNAME_LENGTH);
    this.kind = kind;
    this.detail = clip(detail, DETAIL_LENGTH);
  }

  /** Text as typed by anyone (a user name that does not exist): printable and bounded. */
  static String clip(String text, int max) {
    if (text == null) {
      return null;
    }
    String printable =
        text.codePoints()
            .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    return printable.length() <= max ? printable : printable.substring(0, max - 1) + "…";
  }

  public Long id() {
    return id;
  }

  public Instant at() {
    return at;
  }

  public String username() {
    return username;
  }

  public SecurityEventKind kind() {
    return kind;
  }

  public String detail() {
    return detail;
  }
}
