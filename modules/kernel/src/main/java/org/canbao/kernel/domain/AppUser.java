package org.canbao.kernel.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.Role;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A user account: belongs to exactly one region (and sees only data inside it), holds one or more
 * roles, signs in with a PBKDF2-hashed password. Its sign-in record (failures, lock) is {@link
 * SignInState}.
 */
@Entity
@Table(schema = "kernel", name = "app_user")
@Audited
public class AppUser {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 40)
  private String username;

  @Column(name = "display_name", nullable = false, length = 60)
  private String displayName;

  @NotAudited
  @Column(name = "password_hash", nullable = false, length = 400)
  private String passwordHash;

  @Column(name = "password_changed_at", nullable = false)
  private Instant passwordChangedAt;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "region_id")
  private Region region;

  @Column(length = 100)
  private String organisation;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      schema = "kernel",
      name = "app_user_role",
      joinColumns = @JoinColumn(name = "user_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", length = 32, nullable = false)
  private Set<Role> roles = new HashSet<>();

  @Column(nullable = false)
  private boolean enabled = true;

  /** Created by the demo data: refused at sign-in when Canbao runs in production mode. */
  @Column(nullable = false)
  private boolean demo;

  @Version private int version;

  protected AppUser() {}

  public AppUser(
      String username,
      String displayName,
      Region region,
      Set<Role> roles,
      String passwordHash,
      boolean demo) {
    if (username == null || !username.strip().matches("[A-Za-z0-9_.-]{3,40}")) {
      throw new BusinessException("username", "用户名应为3-40位字母、数字、下划线、点或横线");
    }
    this.username = username.strip();
    this.demo = demo;
    describe(displayName, region, roles, null, true);
    changePassword(passwordHash, Instant.now());
  }

  public void describe(
      String displayName, Region region, Set<Role> roles, String organisation, boolean enabled) {
    if (displayName == null || displayName.isBlank()) {
      throw new BusinessException("displayName", "姓名不能为空");
    }
    if (region == null) {
      throw new BusinessException("region", "必须指定用户所属区域");
    }
    if (roles == null || roles.isEmpty()) {
      throw new BusinessException("roles", "至少分配一个角色");
    }
    this.displayName = displayName.strip();
    this.region = region;
    this.roles = EnumSet.copyOf(roles);
    this.organisation =
        organisation == null || organisation.isBlank() ? null : organisation.strip();
    this.enabled = enabled;
  }

  public void changePassword(String newHash, Instant at) {
    this.passwordHash = newHash;
    this.passwordChangedAt = at;
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public Region region() {
    return region;
  }

  public String organisation() {
    return organisation;
  }

  public Set<Role> roles() {
    return Set.copyOf(roles);
  }

  public boolean enabled() {
    return enabled;
  }

  public boolean demo() {
    return demo;
  }
}
