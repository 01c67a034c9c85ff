package org.canbao.incentives.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.canbao.incentives.api.EvaluationStatus;
import org.canbao.incentives.api.SubsidyBasis;
import org.canbao.kernel.api.BusinessException;
import org.junit.jupiter.api.Test;

/**
 * The year-end workflow: draft → reviewed (township) → confirmed (district) → published; a
 * correction supersedes with a reason.
 */
class EvaluationTest {
  private static Evaluation draft(Evaluation replaced, String reason) {
    return new Evaluation(
        1,
        "/1/",
        "松溉镇",
        2023,
        replaced == null ? 1 : 2,
        LocalDate.of(2022, 12, 31),
        SubsidyBasis.INSURED,
        7,
        List.of(),
        "sbs",
        Instant.now(),
        replaced,
        reason);
  }

  @Test
  void movesThroughItsStagesInOrderOnly() {
    Evaluation e = draft(null, null);
    assertThatThrownBy(() -> e.confirm("qxadmin", Instant.now()))
        .isInstanceOf(BusinessException.class)
        .hasMessage("考核结果当前为“草稿”，不能确认（须为“乡镇已审核”）");
    e.review("sbs", Instant.now());
    assertThatThrownBy(e::requireDraft)
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("不能重新计算");
    assertThatThrownBy(() -> e.publish("qxadmin", Instant.now()))
        .isInstanceOf(BusinessException.class);
    e.confirm("qxadmin", Instant.now());
    e.publish("qxadmin", Instant.now());
    assertThat(e.status()).isEqualTo(EvaluationStatus.PUBLISHED);
    assertThat(e.reviewedBy()).isEqualTo("sbs");
    assertThat(e.publishedBy()).isEqualTo("qxadmin");
    assertThatThrownBy(() -> e.review("sbs", Instant.now())).isInstanceOf(BusinessException.class);
    e.supersede();
    assertThat(e.status()).isEqualTo(EvaluationStatus.SUPERSEDED);
  }

  @Test
  void aCorrectionNeedsAReason() {
    Evaluation published = draft(null, null);
    assertThatThrownBy(() -> draft(published, "  "))
        .isInstanceOf(BusinessException.class)
        .hasMessage("更正已公布的考核结果须说明原因");
    assertThat(draft(published, " 漏计区外参保12人 ").reason()).isEqualTo("漏计区外参保12人");
  }

  @Test
  void onlyAPublishedEvaluationCanBeSuperseded() {
    Evaluation e = draft(null, null);
    assertThatThrownBy(e::supersede)
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("不能更正");
  }
}
