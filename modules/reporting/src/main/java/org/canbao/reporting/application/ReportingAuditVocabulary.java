package org.canbao.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.canbao.kernel.api.AuditVocabulary;
import org.canbao.reporting.api.FollowUpReason;
import org.canbao.reporting.api.FollowUpStatus;

/** Audit names of the follow-up ledger's entities and fields. */
@ApplicationScoped
public class ReportingAuditVocabulary implements AuditVocabulary {
  @Override
  public Map<String, String> entities() {
    return Map.of("FollowUpItem", "未参保跟进台账", "FollowUpEvidence", "佐证材料");
  }

  @Override
  public Map<String, String> fields() {
    return Map.ofEntries(
        Map.entry("foundBy", "比对来源"),
        Map.entry("categories", "身份类别"),
        Map.entry("identifiedMonth", "识别月份"),
        Map.entry("registryStatus", "户籍状态"),
        Map.entry("stillUninsured", "仍未参保"),
        Map.entry("lastCheckedAt", "最近比对"),
        Map.entry("reason", "未参保原因"),
        Map.entry("reasonNote", "原因说明"),
        Map.entry("statusBy", "状态设置人"),
        Map.entry("statusAt", "状态时间"),
        Map.entry("followUpId", "台账记录"),
        Map.entry("fileName", "文件名"),
        Map.entry("contentType", "文件类型"),
        Map.entry("size", "大小"),
        Map.entry("sha256", "校验值"),
        Map.entry("storedPath", "存储位置"),
        Map.entry("uploadedBy", "上传人"),
        Map.entry("uploadedAt", "上传时间"));
  }

  @Override
  public String value(String field, Object value) {
    if (value == null) {
      return null;
    }
    if (field.equals("reason")) {
      try {
        return FollowUpReason.valueOf(value.toString()).label();
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    if (field.equals("status")) {
      for (FollowUpStatus s : FollowUpStatus.values()) {
        if (s.name().equals(value.toString())) {
          return s.label();
        }
      }
    }
    return null;
  }
}
