package org.canbao.supervision.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.canbao.kernel.api.AuditVocabulary;

/** Audit names of the supervision module's entities and fields. */
@ApplicationScoped
public class SupervisionAuditVocabulary implements AuditVocabulary {
  @Override
  public Map<String, String> entities() {
    return Map.of(
        "SupervisionGroup",
        "督导组",
        "AreaAssignment",
        "分片",
        "Visit",
        "督导记录",
        "Rectification",
        "整改问题",
        "OutOfScopeArea",
        "不在督导范围内的区域");
  }

  @Override
  public Map<String, String> fields() {
    return Map.ofEntries(
        Map.entry("groupId", "督导组"),
        Map.entry("scopePath", "范围路径"),
        Map.entry("membersPresent", "参加人员"),
        Map.entry("findings", "督导发现"),
        Map.entry("responsible", "责任单位"),
        Map.entry("closedAt", "销号时间"),
        Map.entry("closedBy", "销号人"),
        Map.entry("visitDate", "督导日期"),
        Map.entry("scopeId", "督导范围"),
        Map.entry("areaPath", "区域路径"),
        Map.entry("reason", "原因"));
  }
}
