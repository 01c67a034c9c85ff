package org.canbao.enrollment.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.Inputs;
import org.canbao.kernel.api.InsuredType;
import org.canbao.kernel.api.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What an officer or an API client sends to enrollment: good drafts pass, each broken field is
 * refused in Chinese by name.
 */
class DraftConstraintsTest {
  private static final LocalDate PAID = LocalDate.of(2022, 11, 20);

  private static void refused(Object draft, String field, String message) {
    assertThatThrownBy(() -> Inputs.check(draft))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.getMessage()).isEqualTo(message);
            });
  }

  private static PersonDraft person(String name, String householdNo, String relation) {
    return new PersonDraft(
        "500118199001010011", name, householdNo, relation, 7, HouseholdType.RURAL);
  }

  @Test
  void aPersonDraftWithinItsLimitsPasses() {
    assertThat(Inputs.violations(person("张三", "H0001", "户主"))).isEmpty();
    assertThat(
            Inputs.violations(
                person("张".repeat(PersonDraft.NAME_MAX), "1".repeat(30), "关".repeat(20))))
        .isEmpty();
    // a correction leaves the ID number out: the draft allows it, registering asks IdNumber
    assertThat(Inputs.violations(new PersonDraft(null, "张三", null, null, 7, null))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "51,0,0,name,姓名不能超过50个字",
    "300,0,0,name,姓名不能超过50个字",
    "2,31,0,householdNo,户号不能超过30个字符",
    "2,0,21,relationToHead,与户主关系不能超过20个字"
  })
  void aPersonDraftPastALimitIsRefused(
      int name, int household, int relation, String field, String message) {
    refused(person("张".repeat(name), "1".repeat(household), "关".repeat(relation)), field, message);
  }

  @Test
  void anIdentityDraftNeedsItsCategory() {
    assertThat(Inputs.violations(new IdentityDraft("DIBAO", null, PAID, null))).isEmpty();
    refused(new IdentityDraft(" ", null, PAID, null), "categoryCode", "请选择身份类别");
    refused(new IdentityDraft("DIBAO", "民".repeat(61), PAID, null), "department", "认定部门不能超过60个字");
  }

  @Test
  void aPaymentDraftNeedsTypeTierAndDate() {
    assertThat(
            Inputs.violations(
                new PaymentDraft(
                    1,
                    2023,
                    InsuredType.RESIDENT,
                    Tier.TIER_1,
                    PAID,
                    PaymentChannel.WECHAT,
                    false,
                    false)))
        .isEmpty();
    refused(
        new PaymentDraft(1, 2023, null, Tier.TIER_1, PAID, PaymentChannel.WECHAT, false, false),
        "insuredType",
        "请选择参保类型");
    refused(
        new PaymentDraft(
            1, 2023, InsuredType.RESIDENT, null, null, PaymentChannel.WECHAT, false, false),
        "tier",
        "请选择档次；请填写缴费日期");
  }

  @Test
  void aQuoteRequestNeedsTypeTierDateAndASixDigitDistrict() {
    QuoteRequest good =
        new QuoteRequest(
            null,
            "500118",
            Set.of("DIBAO"),
            2023,
            InsuredType.RESIDENT,
            Tier.TIER_1,
            PAID,
            null,
            false,
            false,
            null);
    assertThat(Inputs.violations(good)).isEmpty();
    assertThat(
            Inputs.violations(
                new QuoteRequest(
                    1L,
                    null,
                    null,
                    2023,
                    InsuredType.RESIDENT,
                    Tier.TIER_2,
                    PAID,
                    null,
                    false,
                    false,
                    null)))
        .isEmpty();
    refused(
        new QuoteRequest(
            null,
            "5001",
            null,
            2023,
            InsuredType.RESIDENT,
            Tier.TIER_1,
            PAID,
            null,
            false,
            false,
            null),
        "districtCode",
        "区县代码应为6位数字");
    refused(
        new QuoteRequest(null, null, null, 2023, null, null, null, null, false, false, null),
        "insuredType",
        "请选择参保类型；请选择档次；请填写缴费日期");
  }
}
