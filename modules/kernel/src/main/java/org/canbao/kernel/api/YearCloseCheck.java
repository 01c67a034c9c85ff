package org.canbao.kernel.api;

/**
 * What must be true before a district may close an insurance year, contributed by the module that
 * knows it (a CDI bean implementing this interface): incentives requires the year-end evaluation to
 * be published. The kernel asks every contributed check and refuses with the first answer.
 */
public interface YearCloseCheck {
  /**
   * Why {@code district} cannot close {@code year} yet (Chinese, for the user); null when it can.
   */
  String whyNot(RegionRef district, int year);
}
