package org.canbao.subsidies.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.FundingSource;
import org.canbao.kernel.api.InsuredType;
import org.canbao.kernel.api.Money;
import org.canbao.kernel.api.TableFiles;
import org.canbao.kernel.api.TableReader;
import org.canbao.kernel.api.Tier;
import org.canbao.subsidies.api.CategoryView;
import org.canbao.subsidies.api.RuleShape;
import org.canbao.subsidies.domain.PolicyTerms;
import org.canbao.subsidies.domain.SubsidyRule;

/**
 * The policy as the Songgai 2023 work plan's attachment 2 prints it: one row per category and tier
 * with the certifying and the paying department, the subsidy and what the person pays ("--" where
 * the tier is not offered). Read back, every amount becomes a fixed-amount rule for that category
 * and tier.
 */
final class SonggaiLayout {
  static final String[] HEADER = {"特殊人员类别", "认定部门", "资助部门", "档次", "资助金额", "个人缴纳"};

  private SonggaiLayout() {}

  static byte[] write(int year, PolicyTerms terms, List<CategoryView> categories) {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet(year + "年居民医保缴费资助标准");
      Row header = sheet.createRow(0);
      for (int i = 0; i < HEADER.length; i++) {
        header.createCell(i).setCellValue(HEADER[i]);
      }
      int r = 1;
      for (CategoryView c : categories) {
        InsuredType type = c.insuredType() == null ? InsuredType.RESIDENT : c.insuredType();
        for (Tier tier : Tier.values()) {
          Optional<SubsidyRule> rule =
              terms.rules().stream()
                  .filter(x -> x.categoryCode().equals(c.code()) && x.tier() == tier)
                  .findFirst();
          Row row = sheet.createRow(r++);
          row.createCell(0).setCellValue(c.name());
          row.createCell(1).setCellValue(c.certifyingDepartment());
          row.createCell(2).setCellValue(rule.map(SubsidyRule::fundingDepartment).orElse(""));
          row.createCell(3).setCellValue(tier.label());
          if (rule.isEmpty() || rule.get().shape() == RuleShape.NOT_OFFERED) {
            row.createCell(4).setCellValue("--");
            row.createCell(5).setCellValue("--");
          } else {
            Money contribution = terms.standard(type, tier);
            Money subsidy =
                rule.get()
                    .subsidy(
                        terms.standard(type, Tier.TIER_1),
                        terms.standard(type, Tier.TIER_2),
                        contribution);
            row.createCell(4).setCellValue(subsidy.amount().stripTrailingZeros().toPlainString());
            row.createCell(5)
                .setCellValue(
                    contribution.minus(subsidy).amount().stripTrailingZeros().toPlainString());
          }
        }
      }
      for (int i = 0; i < HEADER.length; i++) {
        sheet.setColumnWidth(i, i == 0 ? 40 * 256 : 14 * 256);
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Rules read from the layout; rows naming unknown categories or tiers are refused with their row.
   */
  static List<SubsidyRule> read(
      TableFiles tables,
      String fileName,
      InputStream content,
      Function<String, Optional<CategoryView>> category) {
    List<SubsidyRule> rules = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (TableReader.Row row : tables.readAll(fileName, content, 1000)) {
      String name = row.get("特殊人员类别");
      Optional<CategoryView> c = category.apply(name);
      String tierText = row.get("档次");
      Tier tier = "一档".equals(tierText) ? Tier.TIER_1 : "二档".equals(tierText) ? Tier.TIER_2 : null;
      if (c.isEmpty()) {
        errors.add("第" + row.number() + "行：未知的身份类别“" + name + "”");
        continue;
      }
      if (tier == null) {
        errors.add("第" + row.number() + "行：档次应为一档或二档");
        continue;
      }
      String amount = row.get("资助金额");
      String dept = row.get("资助部门");
      if (amount == null || amount.equals("--")) {
        rules.add(new SubsidyRule(c.get().code(), tier, RuleShape.NOT_OFFERED, null, null, null));
        continue;
      }
      try {
        rules.add(
            new SubsidyRule(
                c.get().code(),
                tier,
                RuleShape.FIXED_AMOUNT,
                new BigDecimal(amount),
                fund(dept),
                dept));
      } catch (NumberFormatException e) {
        errors.add("第" + row.number() + "行：资助金额“" + amount + "”不是数字");
      }
    }
    if (!errors.isEmpty()) {
      throw new BusinessException("file", String.join("；", errors));
    }
    return rules;
  }

  private static final Map<String, FundingSource> FUNDS =
      Map.of(
          "医保局",
          FundingSource.MEDICAL_ASSISTANCE,
          "乡村振兴局",
          FundingSource.LINKAGE_FUND,
          "卫健委",
          FundingSource.HEALTH_COMMISSION);

  private static FundingSource fund(String department) {
    return department == null
        ? FundingSource.OTHER
        : FUNDS.getOrDefault(department.strip(), FundingSource.OTHER);
  }
}
