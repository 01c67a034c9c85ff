package org.canbao.enrollment.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.canbao.kernel.api.AuditVocabulary;

/** Audit names of the registry's and enrollment's entities and fields. */
@ApplicationScoped
public class EnrollmentAuditVocabulary implements AuditVocabulary {
  @Override
  public Map<String, String> entities() {
    return Map.of(
        "Person",
        "人员",
        "PersonIdentity",
        "人员身份",
        "Residence",
        "户籍变动",
        "EnrollmentRecord",
        "参保记录",
        "MedicalCost",
        "医疗费用明细",
        "ChangeRequest",
        "人员变更申请");
  }

  @Override
  public Map<String, String> fields() {
    return Map.ofEntries(
        Map.entry("idNumber", "身份证号"),
        Map.entry("sex", "性别"),
        Map.entry("birthDate", "出生日期"),
        Map.entry("householdNo", "户号"),
        Map.entry("relationToHead", "与户主关系"),
        Map.entry("villagePath", "村(社区)路径"),
        Map.entry("villageSince", "迁入日期"),
        Map.entry("statusSince", "状态日期"),
        Map.entry("sourceBatchId", "登记批次"),
        Map.entry("lastBatchId", "最近变更批次"),
        Map.entry("personId", "人员"),
        Map.entry("kind", "参保方式"),
        Map.entry("insuredType", "参保类型"),
        Map.entry("tier", "档次"),
        Map.entry("paymentDate", "缴费日期"),
        Map.entry("channel", "缴费渠道"),
        Map.entry("contribution", "缴费标准"),
        Map.entry("subsidy", "资助金额"),
        Map.entry("individual", "个人缴纳"),
        Map.entry("fundingSource", "资金来源"),
        Map.entry("fundingDepartment", "资助部门"),
        Map.entry("benefitStart", "待遇起"),
        Map.entry("benefitEnd", "待遇止"),
        Map.entry("policyId", "政策版本"),
        Map.entry("reversalReason", "冲销原因"),
        Map.entry("stoppedOn", "停保日期"),
        Map.entry("stopReason", "停保原因"),
        Map.entry("replacesId", "替代记录"),
        Map.entry("guardianPersonId", "监护人"),
        Map.entry("recordedBy", "登记人"),
        Map.entry("recordedAt", "登记时间"),
        Map.entry("month", "月份"),
        Map.entry("cumulative", "年度累计"),
        Map.entry("totalCost", "医疗总费用"),
        Map.entry("basicInsurance", "基本医保支付"),
        Map.entry("criticalIllness", "大病保险支付"),
        Map.entry("medicalAssistance", "医疗救助支付"),
        Map.entry("selfPaid", "个人自付"),
        Map.entry("selfFunded", "个人自费"),
        Map.entry("change", "变更事项"),
        Map.entry("identityId", "终止的身份"),
        Map.entry("date", "变更日期"),
        Map.entry("reason", "申请原因"),
        Map.entry("evidenceName", "佐证材料"),
        Map.entry("evidenceType", "佐证材料类型"),
        Map.entry("evidenceSize", "佐证材料大小"),
        Map.entry("evidenceSha256", "佐证材料SHA-256"),
        Map.entry("evidencePath", "佐证材料存储位置"),
        Map.entry("requestedBy", "申请人"),
        Map.entry("requestedAt", "申请时间"),
        Map.entry("decidedBy", "审批人"),
        Map.entry("decidedAt", "审批时间"),
        Map.entry("decisionNote", "审批意见"),
        Map.entry("from", "起"),
        Map.entry("to", "止"));
  }
}
