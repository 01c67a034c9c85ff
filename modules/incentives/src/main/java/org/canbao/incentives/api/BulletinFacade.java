package org.canbao.incentives.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Progress bulletins (进度通报): figures of an area as of a date, frozen when taken — later payments
 * never change a bulletin. Taken on demand, or by Canbao on the district's schedule (weekly or
 * half-monthly).
 */
public interface BulletinFacade {
  BulletinView take(int year, long areaId, LocalDate asOf);

  /** The bulletins of the area and year, newest first, without their lines. */
  List<BulletinView> archive(int year, long areaId);

  BulletinView get(long id);
}
