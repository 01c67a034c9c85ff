package org.canbao.enrollment.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.canbao.enrollment.api.HouseholdType;
import org.canbao.enrollment.api.ImportError;
import org.canbao.enrollment.api.ImportKind;
import org.canbao.enrollment.api.PaymentChannel;
import org.canbao.enrollment.domain.Dates;
import org.canbao.enrollment.domain.StagedRow;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.IdNumber;
import org.canbao.kernel.api.InsuredType;
import org.canbao.kernel.api.IssuingRegions;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.kernel.api.RegionRef;
import org.canbao.kernel.api.TableReader;
import org.canbao.kernel.api.Tier;

/**
 * The checks every row of a name list passes before it is staged: ID number (GB 11643), name, the
 * village (by name, old names included, inside the uploader's area) for household lists; the
 * category and validity dates for identity lists; insured type, tier, payment date, channel and the
 * amount paid for payment lists. Errors name the row, the column and the reason.
 *
 * <p>ID numbers: what {@link IdNumber} refuses rejects the row, naming the part that is wrong; six
 * leading digits that are no district code of the region data (a historical county code, or a typing
 * error) only add a note to the accepted row ({@link IssuingRegions}). An ID column that Excel stored
 * as numbers has lost the last digits of every 18-digit number (Excel keeps 15 significant digits,
 * shown as {@code 5.00118E+17}); such a cell is not guessed at but rejected with the cause and the
 * remedy, also when a CSV saved from such a sheet carries the exponent form.
 */
public final class NameListRules {
  static final String[] ID = {"身份证号", "公民身份号码", "身份证号码", "id_number"};
  static final String[] NAME = {"姓名", "name"};
  static final String[] HOUSEHOLD = {"户号", "household_no"};
  static final String[] HOUSEHOLD_TYPE = {"户口性质", "户籍类型", "户口类型", "household_type"};
  static final String[] RELATION = {"与户主关系", "relation_to_head"};
  static final String[] DISTRICT = {"区县", "区(县)", "区（县）", "区县(市)", "district"};
  static final String[] TOWNSHIP = {"乡镇(街道)", "乡镇（街道）", "乡镇", "街道", "township"};
  static final String[] VILLAGE = {"村(社区)", "村（社区）", "村", "社区", "village"};
  static final String[] CATEGORY = {"身份类别", "类别", "category"};
  static final String[] DEPARTMENT = {"认定部门", "department"};
  static final String[] FROM = {"有效期起", "起始日期", "认定日期", "valid_from"};
  static final String[] TO = {"有效期止", "截止日期", "valid_to"};
  static final String[] INSURED_TYPE = {"参保类型", "参保人员类别", "insured_type"};
  static final String[] TIER = {"档次", "缴费档次", "tier"};
  static final String[] PAID_ON = {"缴费日期", "缴款日期", "payment_date"};
  static final String[] CHANNEL = {"缴费渠道", "缴费方式", "channel"};
  static final String[] PAID = {"缴费金额", "个人缴费金额", "实缴金额", "paid"};

  static final String STORED_AS_NUMBER = "身份证号列被 Excel 存成了数字（精度已丢失），请将该列设为文本格式后重新导出";
  /** A long number as a spreadsheet shows it in the exponent form: 5.00118E+17, 5.00118199001011E17. */
  private static final java.util.regex.Pattern EXCEL_NUMBER = java.util.regex.Pattern.compile("\\d(\\.\\d+)?[eE]\\+?\\d+");

  /** A category as the rules need it: code and certifying department. */
  public record Category(String code, String department) {}

  private final ImportKind kind;
  private final RegionRef area;
  private final BiFunction<Long, String, Optional<RegionRef>> childByName;
  private final Map<String, Category> categories;
  private final Category fileCategory;
  private final IssuingRegions issuingRegions;
  private final LocalDate today;
  private final Map<Long, Map<String, Optional<RegionRef>>> children = new HashMap<>();
  /** The department a list provider uploads for: rows of other departments' categories are refused. */
  private String uploaderDepartment;

  /**
   * @param area the uploader's region: villages must lie inside it
   * @param childByName resolves a child region by current or former name
   * @param categories by code and by name
   * @param fileCategory the category chosen for the whole file, or null
   * @param issuingRegions the district codes of the region data, for the note on an unknown county code
   */
  public NameListRules(ImportKind kind, RegionRef area, BiFunction<Long, String, Optional<RegionRef>> childByName,
      Map<String, Category> categories, Category fileCategory, IssuingRegions issuingRegions, LocalDate today) {
    this.issuingRegions = issuingRegions;
    this.kind = kind;
    this.area = area;
    this.childByName = childByName;
    this.categories = categories;
    this.fileCategory = fileCategory;
    this.today = today;
  }

  /** Limits an identity list to the categories {@code department} certifies (null: no limit). */
  public NameListRules forDepartment(String department) {
    this.uploaderDepartment = department;
    return this;
  }

  /** Header problems that refuse the whole file before any row is read. */
  public List<String> missingColumns(TableReader reader) {
    List<String> missing = new ArrayList<>();
    if (!reader.hasColumn(ID)) {
      missing.add("身份证号");
    }
    if (!reader.hasColumn(NAME)) {
      missing.add("姓名");
    }
    if (kind == ImportKind.HOUSEHOLD_REGISTER && area.level() != RegionLevel.VILLAGE && !reader.hasColumn(VILLAGE)) {
      missing.add("村(社区)");
    }
    if (kind == ImportKind.HOUSEHOLD_REGISTER && (area.level() == RegionLevel.DISTRICT || area.level() == RegionLevel.CITY) && !reader.hasColumn(TOWNSHIP)) {
      missing.add("乡镇(街道)");
    }
    // above district level the township alone is ambiguous (many districts have a 新城街道)
    if (kind == ImportKind.HOUSEHOLD_REGISTER && area.level() == RegionLevel.CITY && !reader.hasColumn(DISTRICT)) {
      missing.add("区县");
    }
    if (kind == ImportKind.IDENTITY_LIST && fileCategory == null && !reader.hasColumn(CATEGORY)) {
      missing.add("身份类别");
    }
    if (kind == ImportKind.PAYMENT_LIST && !reader.hasColumn(TIER)) {
      missing.add("档次");
    }
    if (kind == ImportKind.PAYMENT_LIST && !reader.hasColumn(PAID_ON)) {
      missing.add("缴费日期");
    }
    return missing;
  }

  public StagedRow check(TableReader.Row row) {
    List<ImportError> errors = new ArrayList<>();
    invisibleCharacters(row, errors);
    IdNumber id = null;
    String note = null;
    String rawId = row.get(ID);
    if (row.inexactNumber(ID) || rawId != null && EXCEL_NUMBER.matcher(rawId).matches()) {
      errors.add(new ImportError(row.number(), "身份证号", STORED_AS_NUMBER + "（本行为" + rawId + "）"));
    } else {
      try {
        id = IdNumber.parse(rawId, today);
        note = issuingRegions.warning(id).orElse(null);
      } catch (BusinessException e) {
        errors.add(new ImportError(row.number(), "身份证号", e.getMessage()));
      }
    }
    String name = row.get(NAME);
    if (name == null) {
      errors.add(new ImportError(row.number(), "姓名", "姓名不能为空"));
    } else if (name.length() > 50) {
      errors.add(new ImportError(row.number(), "姓名", "姓名过长"));
    }
    RegionRef village = null;
    String category = null;
    String department = null;
    LocalDate from = null;
    LocalDate to = null;
    StagedRow.Payment payment = null;
    HouseholdType householdType = null;
    if (kind == ImportKind.HOUSEHOLD_REGISTER) {
      village = village(row, errors);
      try {
        householdType = HouseholdType.parse(row.get(HOUSEHOLD_TYPE));
      } catch (IllegalArgumentException e) {
        errors.add(new ImportError(row.number(), "户口性质", e.getMessage()));
      }
    } else if (kind == ImportKind.PAYMENT_LIST) {
      payment = payment(row, errors);
    } else {
      Category c = fileCategory;
      String written = row.get(CATEGORY);
      if (written != null) {
        c = categories.get(written.replace('（', '(').replace('）', ')'));
        if (c == null) {
          errors.add(new ImportError(row.number(), "身份类别", "未知的身份类别：" + written + "（身份类别由市级系统管理员统一维护）"));
        }
      }
      if (c != null && !ImportRights.certifies(uploaderDepartment, c.department())) {
        errors.add(new ImportError(row.number(), "身份类别",
            "身份类别“" + (written == null ? c.code() : written) + "”由" + c.department() + "认定，" + uploaderDepartment + "不能报送"));
        c = null;
      }
      if (c != null) {
        category = c.code();
        department = row.get(DEPARTMENT) != null ? row.get(DEPARTMENT) : c.department();
      }
      try {
        from = Dates.parse(row.get(FROM), "有效期起");
      } catch (BusinessException e) {
        errors.add(new ImportError(row.number(), "有效期起", e.getMessage()));
      }
      try {
        to = Dates.parse(row.get(TO), "有效期止");
      } catch (BusinessException e) {
        errors.add(new ImportError(row.number(), "有效期止", e.getMessage()));
      }
      // a list without dates certifies the identity for the current year (deterministic, so re-imports match)
      from = from == null ? LocalDate.of(today.getYear(), 1, 1) : from;
      if (to != null && to.isBefore(from)) {
        errors.add(new ImportError(row.number(), "有效期止", "截止日期早于起始日期"));
      }
    }
    return new StagedRow(
        row.number(),
        id == null ? truncate(rawId, 18) : id.value(),
        name == null ? null : truncate(name, 50),
        id == null ? null : id.sex().label(),
        id == null ? null : id.birthDate(),
        truncate(row.get(HOUSEHOLD), 30),
        truncate(row.get(RELATION), 20),
        village == null ? null : village.id(),
        village == null ? null : village.path(),
        category,
        truncate(department, 60),
        from,
        to,
        payment,
        List.copyOf(errors),
        note,
        householdType);
  }

  /** Control characters (a NUL byte, a stray escape) never belong in a list and cannot be stored as text. */
  private static void invisibleCharacters(TableReader.Row row, List<ImportError> errors) {
    for (String[] column : new String[][] {ID, NAME, HOUSEHOLD, HOUSEHOLD_TYPE, RELATION, TOWNSHIP, VILLAGE, CATEGORY, DEPARTMENT}) {
      String v = row.get(column);
      // control characters, and format characters such as U+202E that turn text around on screen
      if (v != null && v.codePoints().anyMatch(ch -> ch < 0x20 || ch == 0x7f || Character.getType(ch) == Character.FORMAT)) {
        errors.add(new ImportError(row.number(), column[0], "含有不可见的控制字符，请检查该单元格"));
      }
    }
  }

  private static StagedRow.Payment payment(TableReader.Row row, List<ImportError> errors) {
    InsuredType type = InsuredType.RESIDENT;
    String writtenType = row.get(INSURED_TYPE);
    if (writtenType != null) {
      type = byLabel(InsuredType.values(), writtenType, InsuredType::label);
      if (type == null) {
        errors.add(new ImportError(row.number(), "参保类型", "未知的参保类型：" + writtenType + "（应为" + labels(InsuredType.values(), InsuredType::label) + "）"));
      }
    }
    String writtenTier = row.get(TIER);
    Tier tier = writtenTier == null ? null : byLabel(Tier.values(), writtenTier, Tier::label);
    if (tier == null) {
      errors.add(new ImportError(row.number(), "档次", writtenTier == null ? "档次不能为空" : "未知的档次：" + writtenTier + "（应为一档或二档）"));
    }
    LocalDate date = null;
    try {
      date = Dates.parse(row.get(PAID_ON), "缴费日期");
      if (date == null) {
        errors.add(new ImportError(row.number(), "缴费日期", "缴费日期不能为空"));
      }
    } catch (BusinessException e) {
      errors.add(new ImportError(row.number(), "缴费日期", e.getMessage()));
    }
    PaymentChannel channel = PaymentChannel.TAX_BUREAU;
    String writtenChannel = row.get(CHANNEL);
    if (writtenChannel != null) {
      channel = byLabel(PaymentChannel.values(), writtenChannel, PaymentChannel::label);
      if (channel == null) {
        errors.add(new ImportError(row.number(), "缴费渠道", "未知的缴费渠道：" + writtenChannel + "（应为" + labels(PaymentChannel.values(), PaymentChannel::label) + "）"));
      }
    }
    BigDecimal paid = null;
    String writtenPaid = row.get(PAID);
    if (writtenPaid != null) {
      try {
        paid = new BigDecimal(writtenPaid.strip().replace(",", "")).setScale(2, RoundingMode.UNNECESSARY);
        if (paid.signum() < 0) {
          throw new NumberFormatException();
        }
      } catch (NumberFormatException | ArithmeticException e) {
        errors.add(new ImportError(row.number(), "缴费金额", "缴费金额不是有效的金额（元，最多两位小数）：" + writtenPaid));
        paid = null;
      }
    }
    return new StagedRow.Payment(type, tier, date, channel, paid);
  }

  /** An enum constant by its Chinese label or its name. */
  private static <E extends Enum<E>> E byLabel(E[] values, String written, Function<E, String> label) {
    String w = written.strip();
    for (E e : values) {
      if (label.apply(e).equals(w) || e.name().equalsIgnoreCase(w)) {
        return e;
      }
    }
    return null;
  }

  private static <E extends Enum<E>> String labels(E[] values, Function<E, String> label) {
    return String.join("、", java.util.Arrays.stream(values).map(label).toList());
  }

  private RegionRef village(TableReader.Row row, List<ImportError> errors) {
    String townshipName = row.get(TOWNSHIP);
    String villageName = row.get(VILLAGE);
    if (area.level() == RegionLevel.VILLAGE) {
      if (villageName == null || villageName.equals(area.name()) || lookup(area.parentId(), villageName).map(v -> v.id() == area.id()).orElse(false)) {
        return area;
      }
      errors.add(new ImportError(row.number(), "村(社区)", villageName + "不在您的管辖范围内（您所属：" + area.name() + "）"));
      return null;
    }
    if (villageName == null) {
      errors.add(new ImportError(row.number(), "村(社区)", "村(社区)不能为空"));
      return null;
    }
    long townshipId;
    if (area.level() == RegionLevel.TOWNSHIP) {
      if (townshipName != null && lookup(area.parentId(), townshipName).map(t -> t.id() != area.id()).orElse(true)) {
        errors.add(new ImportError(row.number(), "乡镇(街道)", townshipName + "不在您的管辖范围内（您所属：" + area.name() + "）"));
        return null;
      }
      townshipId = area.id();
    } else {
      if (townshipName == null) {
        errors.add(new ImportError(row.number(), "乡镇(街道)", "乡镇(街道)不能为空"));
        return null;
      }
      RegionRef district = area.level() == RegionLevel.CITY ? district(row, errors) : area;
      if (district == null) {
        return null;
      }
      Optional<RegionRef> township = lookup(district.id(), townshipName);
      if (township.isEmpty()) {
        errors.add(new ImportError(row.number(), "乡镇(街道)", district.name() + "下没有名为“" + townshipName + "”的乡镇(街道)"));
        return null;
      }
      townshipId = township.get().id();
    }
    Optional<RegionRef> village = lookup(townshipId, villageName);
    if (village.isEmpty()) {
      errors.add(new ImportError(row.number(), "村(社区)", "找不到村(社区)“" + villageName + "”" + (townshipName == null ? "" : "（" + townshipName + "）")));
      return null;
    }
    return village.get();
  }

  /** The district a row names, for an uploader above district level (the city). */
  private RegionRef district(TableReader.Row row, List<ImportError> errors) {
    String name = row.get(DISTRICT);
    if (name == null) {
      errors.add(new ImportError(row.number(), "区县", "区县不能为空：上传人为" + area.name() + "时须写明区县"));
      return null;
    }
    Optional<RegionRef> district = lookup(area.id(), name);
    if (district.isEmpty()) {
      errors.add(new ImportError(row.number(), "区县", area.name() + "下没有名为“" + name + "”的区县"));
      return null;
    }
    return district.get();
  }

  private Optional<RegionRef> lookup(Long parentId, String name) {
    if (parentId == null) {
      return Optional.empty();
    }
    return children.computeIfAbsent(parentId, k -> new HashMap<>()).computeIfAbsent(name, k -> {
      try {
        return childByName.apply(parentId, name);
      } catch (BusinessException ambiguous) {
        return Optional.empty();
      }
    });
  }

  private static String truncate(String s, int max) {
    return s == null ? null : s.length() <= max ? s : s.substring(0, max);
  }
}
