package org.canbao.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.canbao.kernel.api.AuditVocabulary;
import org.canbao.reporting.api.AlertGroup;
import org.canbao.reporting.api.AlertState;

/** Audit names of the return-to-poverty monitoring's entities and fields. */
@ApplicationScoped
public class MonitoringAuditVocabulary implements AuditVocabulary {
  @Override
  public Map<String, String> entities() {
    return Map.of(
        "AlertSettings", "因病返贫预警线",
        "MedicalAlert", "因病返贫预警",
        "AlertHelpRequest", "预警帮扶申请",
        "AlertEvidence", "预警核实佐证材料");
  }

  @Override
  public Map<String, String> fields() {
    return Map.ofEntries(
        Map.entry("monitoringStandard", "监测标准"),
        Map.entry("lowIncomeMultiple", "低收入人口倍数"),
        Map.entry("lowIncomeCategories", "低收入人口身份类别"),
        Map.entry("stableMultiple", "稳定脱贫人口倍数"),
        Map.entry("stableCategories", "稳定脱贫人口身份类别"),
        Map.entry("ordinaryLine", "普通居民预警线"),
        Map.entry("basis", "依据"),
        Map.entry("pushDays", "推送时限(天)"),
        Map.entry("verifyDays", "核实时限(天)"),
        Map.entry("requestDays", "申请帮扶时限(天)"),
        Map.entry("answerDays", "部门反馈时限(天)"),
        Map.entry("closeDays", "办结时限(天)"),
        Map.entry("group", "预警人群"),
        Map.entry("lineAmount", "预警线"),
        Map.entry("throughMonth", "截至月份"),
        Map.entry("selfBurden", "个人负担"),
        Map.entry("overLine", "仍超过预警线"),
        Map.entry("state", "预警状态"),
        Map.entry("stateBy", "状态设置人"),
        Map.entry("stateSince", "状态时间"),
        Map.entry("dueOn", "下一步期限"),
        Map.entry("verifyNote", "核实情况"),
        Map.entry("createdAt", "预警时间"),
        Map.entry("alertId", "预警"),
        Map.entry("requestNote", "帮扶申请说明"),
        Map.entry("requestedBy", "申请人"),
        Map.entry("requestedAt", "申请时间"),
        Map.entry("answer", "帮扶情况"),
        Map.entry("answeredBy", "反馈人"),
        Map.entry("answeredAt", "反馈时间"));
  }

  @Override
  public String value(String field, Object value) {
    if (value == null) {
      return null;
    }
    if (field.equals("group")) {
      for (AlertGroup g : AlertGroup.values()) {
        if (g.name().equals(value.toString())) {
          return g.label();
        }
      }
    }
    if (field.equals("state")) {
      for (AlertState s : AlertState.values()) {
        if (s.name().equals(value.toString())) {
          return s.label();
        }
      }
    }
    return null;
  }
}
