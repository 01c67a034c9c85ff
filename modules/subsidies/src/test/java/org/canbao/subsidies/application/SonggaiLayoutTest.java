package org.canbao.subsidies.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.canbao.kernel.api.FundingSource;
import org.canbao.kernel.api.InsuranceYear;
import org.canbao.kernel.api.InsuredType;
import org.canbao.kernel.api.Money;
import org.canbao.kernel.api.Tier;
import org.canbao.subsidies.api.CategoryGroup;
import org.canbao.subsidies.api.CategoryView;
import org.canbao.subsidies.api.RuleShape;
import org.canbao.subsidies.api.WaitingPeriodExemption;
import org.canbao.subsidies.domain.PolicyTerms;
import org.canbao.subsidies.domain.SubsidyRule;
import org.junit.jupiter.api.Test;

/**
 * The policy sheet prices each category at the contribution standard the category says its people
 * pay (its data, set on the categories screen), not at one named in the code: a category of college
 * students shows 70% of the students' first tier (320 → 224 / 96), the same rule for a residents'
 * category 70% of 350 (245 / 105).
 */
class SonggaiLayoutTest {
  private static final PolicyTerms TERMS =
      new PolicyTerms(
          InsuranceYear.of(2023),
          Map.of(
              InsuredType.RESIDENT,
              Map.of(Tier.TIER_1, Money.yuan(350), Tier.TIER_2, Money.yuan(725)),
              InsuredType.COLLEGE_STUDENT,
              Map.of(Tier.TIER_1, Money.yuan(320), Tier.TIER_2, Money.yuan(695))),
          LocalDate.of(2022, 10, 25),
          LocalDate.of(2022, 12, 31),
          LocalDate.of(2023, 9, 30),
          LocalDate.of(2023, 6, 30),
          Money.yuan(640),
          List.of(
              new SubsidyRule(
                  "NEW_STUDENTS",
                  Tier.TIER_1,
                  RuleShape.PERCENT_OF_TIER_1,
                  BigDecimal.valueOf(70),
                  FundingSource.MEDICAL_ASSISTANCE,
                  "医保局"),
              new SubsidyRule(
                  "NEW_RESIDENTS",
                  Tier.TIER_1,
                  RuleShape.PERCENT_OF_TIER_1,
                  BigDecimal.valueOf(70),
                  FundingSource.MEDICAL_ASSISTANCE,
                  "医保局")));

  private static CategoryView category(String code, String name, InsuredType type) {
    return new CategoryView(
        1, code, name, "民政局", CategoryGroup.EDUCATION, true, 1, WaitingPeriodExemption.NONE, type);
  }

  @Test
  void eachCategoryIsPricedAtItsOwnContributionStandard() throws Exception {
    byte[] sheet =
        SonggaiLayout.write(
            2023,
            TERMS,
            List.of(
                category("NEW_STUDENTS", "新增困难大学生", InsuredType.COLLEGE_STUDENT),
                category("NEW_RESIDENTS", "新增困难居民", InsuredType.RESIDENT)));
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
      Sheet s = wb.getSheetAt(0);
      // rows: header, then each category's two tiers
      assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("新增困难大学生");
      assertThat(s.getRow(1).getCell(4).getStringCellValue()).isEqualTo("224");
      assertThat(s.getRow(1).getCell(5).getStringCellValue()).isEqualTo("96");
      assertThat(s.getRow(3).getCell(0).getStringCellValue()).isEqualTo("新增困难居民");
      assertThat(s.getRow(3).getCell(4).getStringCellValue()).isEqualTo("245");
      assertThat(s.getRow(3).getCell(5).getStringCellValue()).isEqualTo("105");
    }
  }
}
