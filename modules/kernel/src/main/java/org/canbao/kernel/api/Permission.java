package org.canbao.kernel.api;

import static org.canbao.kernel.api.Role.DEPARTMENT_PROVIDER;
import static org.canbao.kernel.api.Role.DISTRICT_ADMIN;
import static org.canbao.kernel.api.Role.LEADER;
import static org.canbao.kernel.api.Role.MEDICAL_INSTITUTION;
import static org.canbao.kernel.api.Role.SUPERVISOR;
import static org.canbao.kernel.api.Role.SYSTEM_ADMIN;
import static org.canbao.kernel.api.Role.TOWNSHIP_OFFICER;
import static org.canbao.kernel.api.Role.VILLAGE_OFFICER;

import java.util.EnumSet;
import java.util.Set;

/**
 * What each role may do — the one place that decides it. Facades check it ({@link Requires} or
 * {@link Caller#require(Permission)}), screens show only the controls it allows, the menu and the
 * page filter follow it, imports check the list kind against it. The area a caller may act in is a
 * second, separate check ({@link AreaScope}).
 *
 * <p>DOMAIN.md §1: the district bureau sets policy, regions, targets and supervision; township and
 * village officers keep the registry and record enrollments; departments upload the lists they
 * certify; supervision groups watch and record visits; hospitals only check a patient's status;
 * leaders read.
 */
public enum Permission {
  READ_REGIONS("查看行政区域", Role.values()),
  MANAGE_REGIONS("维护行政区域", SYSTEM_ADMIN, DISTRICT_ADMIN),
  READ_PERSONS(
      "查看人员登记",
      SYSTEM_ADMIN,
      DISTRICT_ADMIN,
      TOWNSHIP_OFFICER,
      VILLAGE_OFFICER,
      SUPERVISOR,
      LEADER),
  /** Roles that work with individuals see full ID numbers; the others see them masked. */
  READ_FULL_ID_NUMBERS("查看完整身份证号", SYSTEM_ADMIN, DISTRICT_ADMIN, TOWNSHIP_OFFICER, VILLAGE_OFFICER),
  EDIT_PERSONS("登记和更正人员", SYSTEM_ADMIN, DISTRICT_ADMIN, TOWNSHIP_OFFICER, VILLAGE_OFFICER),
  /**
   * A person's status (a death, a move out …) and the end of an identity, set directly: the
   * township and above. A village officer asks for these changes ({@link #REQUEST_PERSON_CHANGES}).
   */
  CHANGE_PERSON_STATUS("变更人员状态和终止身份", SYSTEM_ADMIN, DISTRICT_ADMIN, TOWNSHIP_OFFICER),
  /** 变更申请: a village officer's change to a person waits for the township's approval. */
  REQUEST_PERSON_CHANGES("提交人员变更申请", VILLAGE_OFFICER),
  /** A township officer approves or rejects the change requests of the township's villages. */
  DECIDE_PERSON_CHANGES("审批人员变更申请", TOWNSHIP_OFFICER),
  READ_PERSON_CHANGES("查看人员变更申请", SYSTEM_ADMIN, DISTRICT_ADMIN, TOWNSHIP_OFFICER, VILLAGE_OFFICER),
  RECORD_ENROLLMENTS("登记缴费和参保", SYSTEM_ADMIN, DISTRICT_ADMIN, TOWNSHIP_OFFICER, VILLAGE_OFFICER),
  /**
   * The import screen and history; which list kinds a caller may upload is {@code ImportKind}'s.
   */
  USE_IMPORTS(
      "名单导入", SYSTEM_ADMIN, DISTRICT_ADMIN, TOWNSHIP_OFFICER, VILLAGE_OFFICER, DEPARTMENT_PROVIDER),
  /** Department list providers: the police only (see the enrollment module's import rights). */
  IMPORT_HOUSEHOLD_REGISTERS(
      "导入公安户籍名单",
      SYSTEM_ADMIN,
      DISTRICT_ADMIN,
      TOWNSHIP_OFFICER,
      VILLAGE_OFFICER,
      DEPARTMENT_PROVIDER),
  /** Department list providers: the categories their department certifies. */
  IMPORT_IDENTITY_LISTS(
      "导入部门身份名单", SYSTEM_ADMIN, DISTRICT_ADMIN, TOWNSHIP_OFFICER, DEPARTMENT_PROVIDER),
  IMPORT_PAYMENT_LISTS("导入缴费名单", SYSTEM_ADMIN, DISTRICT_ADMIN, TOWNSHIP_OFFICER, VILLAGE_OFFICER),
  /**
   * Prices and benefit periods: the calculator, and quotes for registered people (area-checked).
   */
  QUOTE(
      "资助测算",
      SYSTEM_ADMIN,
      DISTRICT_ADMIN,
      TOWNSHIP_OFFICER,
      VILLAGE_OFFICER,
      SUPERVISOR,
      LEADER,
      DEPARTMENT_PROVIDER),
  READ_CATEGORIES("查看身份类别", SYSTEM_ADMIN, DISTRICT_ADMIN),
  /** Identity categories are city-wide reference data. */
  MANAGE_CATEGORIES("维护身份类别", SYSTEM_ADMIN),
  MANAGE_POLICY("维护年度政策", SYSTEM_ADMIN, DISTRICT_ADMIN),
  READ_SUPERVISION_BOARD("查看分片包干", SYSTEM_ADMIN, DISTRICT_ADMIN, TOWNSHIP_OFFICER, LEADER),
  MANAGE_SUPERVISION("维护督导组和分片", SYSTEM_ADMIN, DISTRICT_ADMIN, TOWNSHIP_OFFICER),
  /** The member's desk: the areas of their groups. */
  MY_SUPERVISION_AREAS("我的责任片区", SUPERVISOR),
  /**
   * Members record visits and close issues in their groups' areas; administrators of the scope may
   * too.
   */
  RECORD_SUPERVISION_VISITS("记录督导和整改", SYSTEM_ADMIN, DISTRICT_ADMIN, TOWNSHIP_OFFICER, SUPERVISOR),
  READ_SUPERVISION_ISSUES(
      "查看整改问题", SYSTEM_ADMIN, DISTRICT_ADMIN, TOWNSHIP_OFFICER, SUPERVISOR, LEADER),
  /** The campaign's progress: figures per area (a supervision member: the group's areas). */
  READ_PROGRESS(
      "查看参保进度",
      SYSTEM_ADMIN,
      DISTRICT_ADMIN,
      TOWNSHIP_OFFICER,
      VILLAGE_OFFICER,
      SUPERVISOR,
      LEADER),
  /**
   * Targets: generate, import, adjust (the district for its townships, a township for its
   * villages).
   */
  MANAGE_TARGETS("维护目标任务", SYSTEM_ADMIN, DISTRICT_ADMIN, TOWNSHIP_OFFICER),
  /** The year's campaign settings: default share, sub-targets, thresholds, schedule, bands. */
  MANAGE_CAMPAIGN_SETTINGS("维护考核参数", SYSTEM_ADMIN, DISTRICT_ADMIN),
  TAKE_BULLETINS("发布进度通报", SYSTEM_ADMIN, DISTRICT_ADMIN, TOWNSHIP_OFFICER),
  /** Year-end evaluation: compute the draft. */
  RUN_EVALUATION("计算年终考核", SYSTEM_ADMIN, DISTRICT_ADMIN, TOWNSHIP_OFFICER),
  /** "reviewed (township)". */
  REVIEW_EVALUATION("审核年终考核", SYSTEM_ADMIN, TOWNSHIP_OFFICER),
  /** "confirmed (district)", published, corrected. */
  CONFIRM_EVALUATION("确认和公布年终考核", SYSTEM_ADMIN, DISTRICT_ADMIN),
  /**
   * The uninsured follow-up ledger (台账) of the caller's area, its evidence files and the
   * out-of-city ledger.
   */
  READ_FOLLOW_UP(
      "查看未参保台账", SYSTEM_ADMIN, DISTRICT_ADMIN, TOWNSHIP_OFFICER, VILLAGE_OFFICER, LEADER),
  /**
   * Village officers work the ledger: reason, contact, enrolled, evidence (townships and the
   * district may too).
   */
  WORK_FOLLOW_UP("跟进未参保人员", SYSTEM_ADMIN, DISTRICT_ADMIN, TOWNSHIP_OFFICER, VILLAGE_OFFICER),
  /** Township officers review: 原因已核实 / 无法解决. */
  REVIEW_FOLLOW_UP("审核未参保台账", SYSTEM_ADMIN, DISTRICT_ADMIN, TOWNSHIP_OFFICER),
  /**
   * Compare registered population, department lists and the newly identified with enrollment (比对).
   */
  RUN_CROSS_CHECK("运行参保比对", SYSTEM_ADMIN, DISTRICT_ADMIN, TOWNSHIP_OFFICER, VILLAGE_OFFICER),
  /** Medical institutions report patients found uninsured at admission (即保即享受). */
  REPORT_UNINSURED_PATIENT("报告未参保就诊人员", SYSTEM_ADMIN, DISTRICT_ADMIN, MEDICAL_INSTITUTION),
  /**
   * 资金结算: subsidy totals per funding source and department of an area, with the people behind them.
   */
  READ_SETTLEMENT("查看资金结算", SYSTEM_ADMIN, DISTRICT_ADMIN, TOWNSHIP_OFFICER, LEADER),
  /** 公示: the publicity summary and the masked lists of subsidised people of an area. */
  READ_PUBLICITY(
      "查看资助参保公示", SYSTEM_ADMIN, DISTRICT_ADMIN, TOWNSHIP_OFFICER, VILLAGE_OFFICER, LEADER),
  /** A township or village records when it posted its publicity. */
  RECORD_PUBLICITY("登记公示张贴", SYSTEM_ADMIN, DISTRICT_ADMIN, TOWNSHIP_OFFICER, VILLAGE_OFFICER),
  /** The calendar of holidays and make-up working days (city-wide data). */
  MANAGE_WORKING_DAYS("维护节假日和调休", SYSTEM_ADMIN, DISTRICT_ADMIN),
  /**
   * 即保即享受: a hospital checks one patient's insurance status by ID number (the answer is the status
   * only); the district's staff may check too.
   */
  CHECK_INSURANCE_STATUS("查询参保状态", SYSTEM_ADMIN, DISTRICT_ADMIN, MEDICAL_INSTITUTION),
  /** Who checked whose status when: the district watches how hospitals use the check. */
  READ_STATUS_CHECK_LOG("查看参保状态查询记录", SYSTEM_ADMIN, DISTRICT_ADMIN),
  /** Poor or low-income people a hospital found uninsured, for their township to follow up. */
  READ_HOSPITAL_REPORTS("查看医疗机构报告未参保", SYSTEM_ADMIN, DISTRICT_ADMIN, TOWNSHIP_OFFICER),
  /**
   * The subsidy ledger (资助参保台账): who was subsidised, by which category, how much, from which fund.
   */
  READ_SUBSIDY_LEDGER(
      "查看资助参保台账", SYSTEM_ADMIN, DISTRICT_ADMIN, TOWNSHIP_OFFICER, VILLAGE_OFFICER, LEADER),
  /**
   * The tracking ledgers (跟踪台账): employee-insured people checked monthly for a lapse, college
   * students after August. The same people as the follow-up ledger; running their checks is {@link
   * #RUN_CROSS_CHECK}.
   */
  READ_TRACKING_LEDGERS(
      "查看职工医保和大学生跟踪台账", SYSTEM_ADMIN, DISTRICT_ADMIN, TOWNSHIP_OFFICER, VILLAGE_OFFICER, LEADER),
  /**
   * 医疗费用明细: the medical-cost extracts of the district's medical-insurance system, imported monthly
   * (the district bureau holds them).
   */
  IMPORT_MEDICAL_COSTS("导入医疗费用明细", SYSTEM_ADMIN, DISTRICT_ADMIN),
  /**
   * 防止因病返贫监测预警: the alerts of the caller's area — a township its own, a department the ones sent to
   * it, leaders and the district all of them and their counts.
   */
  READ_MEDICAL_ALERTS(
      "查看因病返贫预警", SYSTEM_ADMIN, DISTRICT_ADMIN, TOWNSHIP_OFFICER, DEPARTMENT_PROVIDER, LEADER),
  /** The yearly alert lines, which categories belong to which group, days allowed per step. */
  MANAGE_ALERT_LINES("维护因病返贫预警线", SYSTEM_ADMIN, DISTRICT_ADMIN),
  /**
   * The district pushes new alerts to their township for verification (and computes them again).
   */
  PUSH_MEDICAL_ALERTS("推送因病返贫预警", SYSTEM_ADMIN, DISTRICT_ADMIN),
  /**
   * The township verifies an alert (notes, evidence), asks departments for help and closes it; the
   * district may act for it.
   */
  WORK_MEDICAL_ALERTS("核实和办结因病返贫预警", SYSTEM_ADMIN, DISTRICT_ADMIN, TOWNSHIP_OFFICER),
  /** A department records its feedback on an alert sent to it for help. */
  ANSWER_MEDICAL_ALERTS("反馈因病返贫预警帮扶情况", SYSTEM_ADMIN, DEPARTMENT_PROVIDER),
  /**
   * 年度锁定: a district closes an insurance year once its year-end evaluation is published; from then
   * on the year's figures no longer change.
   */
  CLOSE_YEARS("年度锁定", SYSTEM_ADMIN, DISTRICT_ADMIN),
  /** Reopening a closed year: the system administrator only, with a reason. */
  REOPEN_YEARS("解除年度锁定", SYSTEM_ADMIN),
  MANAGE_USERS("用户管理", SYSTEM_ADMIN),
  READ_AUDIT("审计日志", SYSTEM_ADMIN),
  OWN_ACCOUNT("本人账号和密码", Role.values());

  private final String label;
  private final Set<Role> roles;

  Permission(String label, Role... roles) {
    this.label = label;
    this.roles = EnumSet.of(roles[0], roles);
  }

  public String label() {
    return label;
  }

  public Set<Role> roles() {
    return Set.copyOf(roles);
  }

  public boolean grantedToAny(Set<Role> held) {
    return held.stream().anyMatch(roles::contains);
  }
}
