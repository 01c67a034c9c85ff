package org.canbao.enrollment.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.canbao.enrollment.api.HouseholdType;
import org.canbao.enrollment.api.ImportError;
import org.canbao.enrollment.domain.StagedRow;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.IdNumber;
import org.canbao.kernel.api.IssuingRegions;
import org.canbao.kernel.api.RegionRef;
import org.canbao.kernel.api.TableReader;

/**
 * The checks every row of a name list passes before it is staged: ID number (GB 11643), name, the
 * village (by name, old names included, inside the uploader's area) for household lists; the
 * category and validity dates for identity lists; insured type, tier, payment date, channel and the
 * amount paid for payment lists. Errors name the row, the column and the reason.
 *
 * <p>ID numbers: what {@link IdNumber} refuses rejects the row, naming the part that is wrong; six
 * leading digits that are no district code of the region data (a historical county code, or a
 * typing error) only add a note to the accepted row ({@link IssuingRegions}). An ID column that
 * Excel stored as numbers has lost the last digits of every 18-digit number (Excel keeps 15
 * significant digits, shown as {@code 5.00118E+17}); such a cell is not guessed at but rejected
 * with the cause and the remedy, also when a CSV saved from such a sheet carries the exponent form.
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

  /**
   * A long number as a spreadsheet shows it in the exponent form: 5.00118E+17, 5.00118199001011E17.
   */
  private static final Pattern EXCEL_NUMBER = Pattern.compile("\\d(\\.\\d+)?[eE]\\+?\\d+");

  /** A category as the rules need it: code and certifying department. */
  public record Category(String code, String department) {}

  private final ListKind list;
  private final RegionRef area;
  private final BiFunction<Long, String, Optional<RegionRef>> childByName;
  private final Map<String, Category> categories;
  private final Category fileCategory;
  private final IssuingRegions issuingRegions;
  private final LocalDate today;
  private final Map<Long, Map<String, Optional<RegionRef>>> children = new HashMap<>();

  /**
   * The department a list provider uploads for: rows of other departments' categories are refused.
   */
  private String uploaderDepartment;

  /**
   * @param area the uploader's region: villages must lie inside it
   * @param childByName resolves a child region by current or former name
   * @param categories by code and by name
   * @param fileCategory the category chosen for the whole file, or null
   * @param issuingRegions the district codes of the region data, for the note on an unknown county
   *     code
   */
  public NameListRules(
      ListKind list,
      RegionRef area,
      BiFunction<Long, String, Optional<RegionRef>> childByName,
      Map<String, Category> categories,
      Category fileCategory,
      IssuingRegions issuingRegions,
      LocalDate today) {
    this.issuingRegions = issuingRegions;
    this.list = list;
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

  /**
   * The cells of a row that only some kinds of list have, as the kind ({@link ListKind#check}) read
   * them.
   */
  static final class Cells {
    RegionRef village;
    HouseholdType householdType;
    String category;
    String department;
    LocalDate validFrom;
    LocalDate validTo;

    /**
     * The kind's own values (a payment, a month's medical costs), see {@link StagedRow.Details}.
     */
    StagedRow.Details details;
  }

  RegionRef area() {
    return area;
  }

  LocalDate today() {
    return today;
  }

  Category fileCategory() {
    return fileCategory;
  }

  /** A category by code or name, as a row writes it; null if unknown. */
  Category category(String written) {
    return categories.get(written.replace('（', '(').replace('）', ')'));
  }

  String uploaderDepartment() {
    return uploaderDepartment;
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
    missing.addAll(list.missingColumns(this, reader));
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
    Cells cells = new Cells();
    list.check(this, row, cells, errors);
    return new StagedRow(
        row.number(),
        id == null ? truncate(rawId, 18) : id.value(),
        name == null ? null : truncate(name, 50),
        id == null ? null : id.sex().label(),
        id == null ? null : id.birthDate(),
        truncate(row.get(HOUSEHOLD), 30),
        truncate(row.get(RELATION), 20),
        cells.village == null ? null : cells.village.id(),
        cells.village == null ? null : cells.village.path(),
        cells.category,
        truncate(cells.department, 60),
        cells.validFrom,
        cells.validTo,
        cells.details,
        List.copyOf(errors),
        note,
        cells.householdType);
  }

  /**
   * Control characters (a NUL byte, a stray escape) never belong in a list and cannot be stored as
   * text.
   */
  private static void invisibleCharacters(TableReader.Row row, List<ImportError> errors) {
    for (String[] column :
        new String[][] {
          ID, NAME, HOUSEHOLD, HOUSEHOLD_TYPE, RELATION, TOWNSHIP, VILLAGE, CATEGORY, DEPARTMENT
        }) {
      String v = row.get(column);
      // control characters, and format characters such as U+202E that turn text around on screen
      if (v != null
          && v.codePoints()
              .anyMatch(
                  ch -> ch < 0x20 || ch == 0x7f || Character.getType(ch) == Character.FORMAT)) {
        errors.add(new ImportError(row.number(), column[0], "含有不可见的控制字符，请检查该单元格"));
      }
    }
  }

  /**
   * A child region by current or former name, asked once per file (an ambiguous name finds none).
   */
  Optional<RegionRef> lookup(Long parentId, String name) {
    if (parentId == null) {
      return Optional.empty();
    }
    return children
        .computeIfAbsent(parentId, k -> new HashMap<>())
        .computeIfAbsent(
            name,
            k -> {
              try {
                return childByName.apply(parentId, name);
              } catch (BusinessException ambiguous) {
                return Optional.empty();
              }
            });
  }

  static String truncate(String s, int max) {
    return s == null ? null : s.length() <= max ? s : s.substring(0, max);
  }
}
