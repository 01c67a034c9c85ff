package org.canbao.reporting.api;

import java.util.List;

/**
 * 资金结算 (DOMAIN.md §10): the subsidies of an area's people for an insurance year, per funding source
 * and department, reconciling exactly to enrollment's active records (read through the view
 * enrollment publishes). Limited to the caller's area.
 */
public interface SettlementFacade {
  SettlementReport settlement(int year, long areaId);

  /**
   * The payments behind a figure of {@link #settlement}: inside {@code areaId} (a district,
   * township or village of the caller's), narrowed by funding source (enum name), funding
   * department and certifying department when not null; at most {@code max} of them, by village and
   * name.
   */
  List<SettlementPerson> people(
      int year,
      long areaId,
      String fundingSource,
      String fundingDepartment,
      String certifyingDepartment,
      int max);
}
