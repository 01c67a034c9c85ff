package org.canbao.kernel.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.RegionCode;
import org.canbao.kernel.api.RegionDraft;
import org.canbao.kernel.api.RegionLevel;
import org.hibernate.envers.Audited;

/**
 * A district, township or village. Its identity is its id, not its code or name: codes are assigned
 * late for villages and names change (义和镇 became 义和街道), and both must still find the same region.
 */
@Entity
@Table(schema = "kernel", name = "region")
@Audited
public class Region {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(length = 12, unique = true)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private RegionLevel level;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Region parent;

  /** Materialised path of ids, e.g. {@code /1/39/1077/}; set once the id is known. */
  @Column(nullable = false, length = 200)
  private String path = "/";

  @Column(name = "valid_from")
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  @OneToMany(mappedBy = "region", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("validFrom ASC NULLS FIRST, id ASC")
  private List<RegionName> names = new ArrayList<>();

  @Version private int version;

  protected Region() {}

  public Region(Region parent, RegionLevel level, String code, String name, LocalDate validFrom) {
    if (level == null) {
      throw new BusinessException("level", "区域级别不能为空");
    }
    if (parent == null && level != RegionLevel.CITY) {
      throw new BusinessException("parent", level.label() + "必须有上级区域");
    }
    if (parent != null && parent.level.childLevel() != level) {
      throw new BusinessException(
          "level",
          parent.currentName()
              + "（"
              + parent.level.label()
              + "）的下级应为"
              + parent.level.childLevel().label());
    }
    this.parent = parent;
    this.level = level;
    this.validFrom = validFrom;
    assignCode(code);
    names.add(new RegionName(this, requireName(name), validFrom, null, null));
  }

  private static String requireName(String name) {
    if (name == null || name.isBlank()) {
      throw new BusinessException("name", "区域名称不能为空");
    }
    if (name.strip().length() > RegionDraft.NAME_MAX) {
      throw new BusinessException("name", "区域名称过长（最多" + RegionDraft.NAME_MAX + "字）");
    }
    return name.strip();
  }

  /** Called after the id was generated: the path ends with the region's own id. */
  public void fixPath() {
    String expected = (parent == null ? "/" : parent.path) + id + "/";
    if (!expected.equals(path)) {
      path = expected;
    }
  }

  /** Sets or corrects the statistical code; it must fit the level and extend the parent's code. */
  public void assignCode(String raw) {
    if (raw == null || raw.isBlank()) {
      if (level != RegionLevel.VILLAGE) {
        throw new BusinessException("code", level.label() + "必须有区划代码");
      }
      this.code = null;
      return;
    }
    RegionCode c = RegionCode.of(raw);
    if (!c.fits(level)) {
      throw new BusinessException(
          "code", level.label() + "的区划代码应为" + level.codeLength() + "位：" + raw);
    }
    if (parent != null && parent.code != null && !c.isChildCodeOf(RegionCode.of(parent.code))) {
      throw new BusinessException(
          "code", "区划代码" + raw + "与上级" + parent.currentName() + "（" + parent.code + "）不符");
    }
    this.code = c.value();
  }

  public void changeValidity(LocalDate from, LocalDate to) {
    if (from != null && to != null && to.isBefore(from)) {
      throw new BusinessException("validTo", "失效日期不能早于生效日期");
    }
    this.validFrom = from;
    this.validTo = to;
  }

  /** The name valid today (the one without an end date, or the latest). */
  public String currentName() {
    return names.stream()
        .filter(RegionName::isCurrent)
        .reduce((a, b) -> b)
        .or(() -> names.stream().max(Comparator.comparing(RegionName::validToOrMax)))
        .map(RegionName::name)
        .orElseThrow();
  }

  /** The name the region bore on {@code date}; the current name where no dated name covers it. */
  public String nameOn(LocalDate date) {
    return names.stream()
        .filter(n -> n.covers(date))
        .reduce((a, b) -> b)
        .map(RegionName::name)
        .orElseGet(this::currentName);
  }

  /** Whether the region bears or ever bore this name. */
  public boolean answersTo(String name) {
    String n = RegionName.normalise(name);
    return names.stream().anyMatch(x -> RegionName.normalise(x.name()).equals(n));
  }

  /**
   * Renames from {@code effective} on: the current name ends the day before, the new one starts.
   * Renaming to the name it already has is refused.
   */
  public void rename(String newName, LocalDate effective, String note) {
    String name = requireName(newName);
    if (effective == null) {
      throw new BusinessException("effective", "更名生效日期不能为空");
    }
    if (currentName().equals(name)) {
      throw new BusinessException("name", "新名称与现名称相同");
    }
    RegionName current =
        names.stream().filter(RegionName::isCurrent).reduce((a, b) -> b).orElseThrow();
    if (current.validFrom() != null && !effective.isAfter(current.validFrom())) {
      throw new BusinessException("effective", "更名生效日期应晚于现名称的启用日期" + current.validFrom());
    }
    current.endOn(effective.minusDays(1));
    names.add(new RegionName(this, name, effective, null, note));
  }

  /** Records a former name, as written in older documents; dates may be unknown. */
  public void addFormerName(String name, LocalDate from, LocalDate to, String note) {
    String n = requireName(name);
    if (answersTo(n)) {
      throw new BusinessException("name", "该区域已有名称“" + n + "”");
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new BusinessException("validTo", "曾用名的截止日期不能早于起始日期");
    }
    names.add(new RegionName(this, n, from, to == null ? LocalDate.MIN : to, note));
  }

  public Optional<Region> parentRegion() {
    return Optional.ofNullable(parent);
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public RegionLevel level() {
    return level;
  }

  public String path() {
    return path;
  }

  public LocalDate validFrom() {
    return validFrom;
  }

  public LocalDate validTo() {
    return validTo;
  }

  public List<RegionName> names() {
    return List.copyOf(names);
  }
}
