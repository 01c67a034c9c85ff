package org.canbao.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.canbao.kernel.api.AuditVocabulary;

/** Audit names of the publicity postings and the working-day calendar. */
@ApplicationScoped
public class PublicityAuditVocabulary implements AuditVocabulary {
  @Override
  public Map<String, String> entities() {
    return Map.of("PublicityPosting", "公示张贴", "WorkingDayException", "节假日和调休");
  }

  @Override
  public Map<String, String> fields() {
    return Map.ofEntries(
        Map.entry("postedOn", "张贴日期"),
        Map.entry("place", "张贴地点"),
        Map.entry("regionName", "张贴单位"),
        Map.entry("level", "层级"),
        Map.entry("day", "日期"),
        Map.entry("working", "是否上班"));
  }
}
