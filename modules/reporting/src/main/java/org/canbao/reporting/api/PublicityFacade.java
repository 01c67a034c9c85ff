package org.canbao.reporting.api;

import java.time.LocalDate;
import java.util.List;
import org.canbao.kernel.api.MaxLength;

/**
 * 公示 (DOMAIN.md §10): the township summary in the layout of the Fuling 2023 attachment, the masked
 * lists of subsidised people for township and village notice boards, and the record of when each
 * township and village posted its publicity, with the end of its 5-working-day period. Limited to
 * the caller's area.
 */
public interface PublicityFacade {
  /** Working days a publicity stays posted (公示期). */
  int PERIOD_DAYS = 5;

  PublicitySummary summary(int year, long areaId, LocalDate asOf, boolean povertyOnly);

  /**
   * The subsidised people of a township or village (paid by {@code asOf}), masked, by village and
   * name.
   */
  List<PublicityEntry> list(int year, long areaId, LocalDate asOf, boolean povertyOnly);

  /** The postings recorded inside an area for a year (its own and those of the areas below it). */
  List<PublicityPostingView> postings(int year, long areaId);

  /**
   * Records (or corrects) that a township or village posted its publicity of {@code year} on {@code
   * postedOn}.
   */
  PublicityPostingView recordPosting(
      int year,
      long regionId,
      LocalDate postedOn,
      @MaxLength(value = 200, message = "张贴地点不能超过200字") String place,
      @MaxLength(value = 300, message = "备注不能超过300字") String note);
}
