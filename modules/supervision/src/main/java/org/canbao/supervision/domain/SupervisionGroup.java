package org.canbao.supervision.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import org.canbao.kernel.api.BusinessException;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A supervision group of a campaign year and scope (a district or a town): name, leader, deputies,
 * members with titles and, where they have one, a user account. Its members, as text, are audited.
 */
@Entity
@Table(schema = "supervision", name = "supervision_group")
@Audited
public class SupervisionGroup {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_year", nullable = false)
  private int year;

  @Column(name = "scope_id", nullable = false)
  private long scopeId;

  @Column(name = "scope_path", nullable = false, length = 200)
  private String scopePath;

  @Column(nullable = false, length = 60)
  private String name;

  @Column(name = "members_text", length = 4000)
  private String membersText;

  @NotAudited
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      schema = "supervision",
      name = "group_member",
      joinColumns = @JoinColumn(name = "group_id"))
  @OrderColumn(name = "position")
  private List<Member> members = new ArrayList<>();

  @Version private int version;

  /** A member: name, title, role in the group (组长, 副组长, 成员), optional account and phone. */
  @Embeddable
  public static class Member {
    @Column(nullable = false, length = 40)
    String name;

    @Column(length = 100)
    String title;

    @Column(nullable = false, length = 20)
    String role;

    @Column(length = 40)
    String username;

    @Column(length = 30)
    String phone;

    protected Member() {}

    public Member(String name, String title, String role, String username, String phone) {
      if (name == null || name.isBlank()) {
        throw new BusinessException("members", "成员姓名不能为空");
      }
      this.name = name.strip();
      this.title = title == null || title.isBlank() ? null : title.strip();
      this.role = role == null || role.isBlank() ? "成员" : role.strip();
      this.username = username == null || username.isBlank() ? null : username.strip();
      this.phone = phone == null || phone.isBlank() ? null : phone.strip();
    }

    public String name() {
      return name;
    }

    public String title() {
      return title;
    }

    public String role() {
      return role;
    }

    public String username() {
      return username;
    }

    public String phone() {
      return phone;
    }
  }

  protected SupervisionGroup() {}

  public SupervisionGroup(int year, long scopeId, String scopePath, String name) {
    if (name == null || name.isBlank()) {
      throw new BusinessException("name", "督导组名称不能为空");
    }
    this.year = year;
    this.scopeId = scopeId;
    this.scopePath = scopePath;
    this.name = name.strip();
  }

  public void replaceMembers(List<Member> newMembers) {
    if (newMembers.stream().noneMatch(m -> m.role.equals("组长"))) {
      throw new BusinessException("members", name + "须有组长");
    }
    members.clear();
    members.addAll(newMembers);
    StringBuilder text = new StringBuilder();
    newMembers.forEach(
        m ->
            text.append(m.role)
                .append(' ')
                .append(m.name)
                .append(m.title == null ? "" : " " + m.title)
                .append(m.username == null ? "" : " @" + m.username)
                .append('\n'));
    membersText = text.toString();
  }

  public boolean hasMember(String username) {
    return members.stream().anyMatch(m -> username.equals(m.username));
  }

  public Long id() {
    return id;
  }

  public int year() {
    return year;
  }

  public long scopeId() {
    return scopeId;
  }

  public String scopePath() {
    return scopePath;
  }

  public String name() {
    return name;
  }

  public List<Member> members() {
    return List.copyOf(members);
  }
}
