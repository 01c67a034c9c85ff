package org.canbao.enrollment.application;

import java.util.List;
import org.canbao.enrollment.api.ImportError;
import org.canbao.enrollment.application.ImportStaging.Existing;
import org.canbao.enrollment.domain.StagedRow;

/** The area check every kind of list makes of a registered person a row names. */
final class AreaRule {
  /**
   * An identity or payment row naming nobody of the uploader's area: unknown, or registered
   * elsewhere.
   */
  static final String NOT_IN_AREA = "您管辖范围内的户籍登记中没有此人（未登记，或户籍在您的管辖范围以外），请先导入户籍名单或登记人员";

  private AreaRule() {}

  /** A registered person outside the uploader's area. */
  static boolean outside(ImportWork.Context ctx, Existing p) {
    return !p.villagePath().startsWith(ctx.regionPath());
  }

  /**
   * An identity or payment row names a person of the uploader's area. An unknown ID number and one
   * registered outside the area get the same words: the answer must not tell whether a number is
   * registered anywhere in the city (issue 10 item 10).
   */
  static boolean inScope(
      ImportWork.Context ctx, StagedRow r, Existing p, List<ImportError> errors) {
    if (p == null || outside(ctx, p)) {
      errors.add(new ImportError(r.rowNo(), "身份证号", NOT_IN_AREA));
      return false;
    }
    if (!p.name().equals(r.name())) {
      errors.add(new ImportError(r.rowNo(), "姓名", "姓名与户籍登记不一致（登记为" + p.name() + "）"));
      return false;
    }
    return true;
  }
}
