package org.canbao.incentives.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.canbao.kernel.api.AuditVocabulary;

/** Audit names of the incentives module's entities and fields. */
@ApplicationScoped
public class IncentivesAuditVocabulary implements AuditVocabulary {
  @Override
  public Map<String, String> entities() {
    return Map.of("CampaignSettings", "考核参数", "Target", "目标任务", "Evaluation", "年终考核");
  }

  @Override
  public Map<String, String> fields() {
    return Map.ofEntries(
        Map.entry("baseDate", "基准日期"),
        Map.entry("defaultShare", "目标比例"),
        Map.entry("rounding", "取整方式"),
        Map.entry("lowIncomeRate", "低收入人口子目标"),
        Map.entry("povertyRate", "脱贫人口子目标"),
        Map.entry("greenFrom", "绿灯线"),
        Map.entry("yellowFrom", "黄灯线"),
        Map.entry("schedule", "通报周期"),
        Map.entry("cutoff", "考核截止日期"),
        Map.entry("basis", "补贴计算人数"),
        Map.entry("bands", "考核档次"),
        Map.entry("registered", "户籍人数"),
        Map.entry("targetCount", "目标数"),
        Map.entry("source", "来源"),
        Map.entry("versionNo", "版本"),
        Map.entry("reason", "更正原因"),
        Map.entry("reviewedBy", "审核人"),
        Map.entry("confirmedBy", "确认人"),
        Map.entry("publishedBy", "公布人"),
        Map.entry("villageId", "村(社区)"));
  }
}
