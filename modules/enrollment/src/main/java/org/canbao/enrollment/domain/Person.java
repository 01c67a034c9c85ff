package org.canbao.enrollment.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.canbao.enrollment.api.HouseholdType;
import org.canbao.enrollment.api.PersonDraft;
import org.canbao.enrollment.api.PersonStatus;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.IdNumber;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.kernel.api.RegionRef;
import org.hibernate.envers.Audited;

/**
 * A resident, identified by the ID number (one person per number). Belongs to a household and to
 * the village of their household registration since a date; a move files the village left as a
 * former {@link Residence} (from–to) and the person lives in the new one from the move's date, so
 * the history stays and a person registered once has exactly one row. The village is referred to by
 * id (kernel region), with its scope path copied for area-bound queries.
 */
@Entity
@Table(schema = "enrollment", name = "person")
@Audited
public class Person {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "id_number", nullable = false, unique = true, length = 18)
  private String idNumber;

  @Column(nullable = false, length = 50)
  private String name;

  @Column(nullable = false, length = 2)
  private String sex;

  @Column(name = "birth_date", nullable = false)
  private LocalDate birthDate;

  @Column(name = "household_no", length = 30)
  private String householdNo;

  @Column(name = "relation_to_head", length = 20)
  private String relationToHead;

  @Column(name = "village_id", nullable = false)
  private long villageId;

  /** 户口性质: rural or urban, null when not recorded. */
  @Enumerated(EnumType.STRING)
  @Column(name = "household_type", length = 10)
  private HouseholdType householdType;

  @Column(name = "village_path", nullable = false, length = 200)
  private String villagePath;

  @Column(name = "village_since")
  private LocalDate villageSince;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private PersonStatus status = PersonStatus.NORMAL;

  @Column(name = "status_since")
  private LocalDate statusSince;

  @Column(name = "source_batch_id")
  private Long sourceBatchId;

  @Column(name = "last_batch_id")
  private Long lastBatchId;

  @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("validFrom ASC")
  private List<Residence> residences = new ArrayList<>();

  @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("validFrom ASC")
  private List<PersonIdentity> identities = new ArrayList<>();

  @Version private int version;

  protected Person() {}

  public Person(
      IdNumber idNumber,
      String name,
      String householdNo,
      String relationToHead,
      RegionRef village,
      LocalDate since) {
    this.idNumber = idNumber.value();
    this.sex = idNumber.sex().label();
    this.birthDate = idNumber.birthDate();
    correct(name, householdNo, relationToHead);
    requireVillage(village);
    this.villageId = village.id();
    this.villagePath = village.path();
    this.villageSince = since;
  }

  private static void requireVillage(RegionRef village) {
    if (village == null || village.level() != RegionLevel.VILLAGE) {
      throw new BusinessException("village", "户籍所在地必须是村(社区)");
    }
  }

  /** Records the household type (户口性质) the register gives; null when it does not say. */
  public void householdType(HouseholdType type) {
    this.householdType = type;
  }

  public HouseholdType householdType() {
    return householdType;
  }

  /** Corrects what the registry says of the person (not the ID number: that is the identity). */
  public void correct(String name, String householdNo, String relationToHead) {
    if (name == null || name.isBlank()) {
      throw new BusinessException("name", "姓名不能为空");
    }
    if (name.strip().length() > PersonDraft.NAME_MAX) {
      throw new BusinessException("name", "姓名不能超过" + PersonDraft.NAME_MAX + "个字");
    }
    requireVisible("name", "姓名", name);
    requireVisible("householdNo", "户号", householdNo);
    requireVisible("relationToHead", "与户主关系", relationToHead);
    this.name = name.strip();
    this.householdNo = blankToNull(householdNo);
    this.relationToHead = blankToNull(relationToHead);
  }

  /** The household registration moved to another village on {@code date}. */
  public void moveTo(RegionRef village, LocalDate date) {
    requireVillage(village);
    if (!movesTo(village.id())) {
      throw new BusinessException("village", "新村(社区)与现户籍所在地相同");
    }
    if (date == null) {
      throw new BusinessException("date", "迁移日期不能为空");
    }
    residences.add(new Residence(this, villageId, villageSince, Residence.lastDayBefore(date)));
    this.villageId = village.id();
    this.villagePath = village.path();
    this.villageSince = date;
  }

  /**
   * Whether registering the person in {@code villageId} is a move (a village other than the current
   * one).
   */
  public boolean movesTo(long villageId) {
    return villageId != this.villageId;
  }

  /**
   * {@link #movesTo} as SQL, for the set-based commit of a household list: {@code p} the person as
   * registered, {@code r} the staged row (checked against this method by MoveRuleSqlTest).
   */
  public static final String MOVES_SQL = "p.village_id <> r.village_id";

  public void changeStatus(PersonStatus status, LocalDate since) {
    requireChangeTo(status, since);
    this.status = status;
    this.statusSince = since;
  }

  /**
   * Whether the person's status may become {@code status} from {@code since}: a status other than
   * normal needs its date, which cannot be before the birth. A change request checks it when it is
   * filed, {@link #changeStatus} when it is applied.
   */
  public void requireChangeTo(PersonStatus status, LocalDate since) {
    if (status == null) {
      throw new BusinessException("status", "请选择人员状态");
    }
    if (status != PersonStatus.NORMAL && since == null) {
      throw new BusinessException("since", "请填写状态变化日期");
    }
    if (since != null && since.isBefore(birthDate)) {
      throw new BusinessException("since", "状态变化日期不能早于出生日期（" + birthDate + "）");
    }
  }

  public PersonIdentity addIdentity(
      String categoryCode, String department, LocalDate from, LocalDate to, Long batchId) {
    PersonIdentity identity = new PersonIdentity(this, categoryCode, department, from, to, batchId);
    boolean duplicate =
        identities.stream()
            .anyMatch(i -> i.categoryCode().equals(categoryCode) && i.validFrom().equals(from));
    if (duplicate) {
      throw new BusinessException("category", "该身份在同一起始日期已登记");
    }
    identities.add(identity);
    return identity;
  }

  /**
   * Control characters and Unicode format characters (category Cf: U+202E turns the text around on
   * screen, zero-width characters hide in it) make a name look like another: refused naming the
   * field, as the name-list import refuses them.
   */
  private static void requireVisible(String field, String label, String value) {
    if (value != null
        && value
            .codePoints()
            .anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
      throw new BusinessException(field, label + "含有不可见的控制字符或格式字符（如 U+202E），请删除后重新输入");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public void importedBy(long batchId) {
    if (sourceBatchId == null) {
      sourceBatchId = batchId;
    }
    lastBatchId = batchId;
  }

  public Long id() {
    return id;
  }

  public String idNumber() {
    return idNumber;
  }

  public String name() {
    return name;
  }

  public String sex() {
    return sex;
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  public String householdNo() {
    return householdNo;
  }

  public String relationToHead() {
    return relationToHead;
  }

  public long villageId() {
    return villageId;
  }

  public String villagePath() {
    return villagePath;
  }

  public PersonStatus status() {
    return status;
  }

  public LocalDate statusSince() {
    return statusSince;
  }

  public Long sourceBatchId() {
    return sourceBatchId;
  }

  /**
   * Every village the person was registered in, oldest first; the last is the current one (no end).
   */
  public List<Residence.Period> residences() {
    List<Residence.Period> all = new ArrayList<>();
    residences.forEach(r -> all.add(r.period()));
    all.add(new Residence.Period(villageId, villageSince, null));
    return all;
  }

  public LocalDate villageSince() {
    return villageSince;
  }

  public List<PersonIdentity> identities() {
    return List.copyOf(identities);
  }

  /** The person's identity {@code identityId}; refused when the person holds no such identity. */
  public PersonIdentity identity(Long identityId) {
    return identities.stream()
        .filter(i -> identityId != null && identityId.equals(i.id()))
        .findFirst()
        .orElseThrow(() -> new BusinessException("identityId", "请选择该人员的一项身份"));
  }
}
