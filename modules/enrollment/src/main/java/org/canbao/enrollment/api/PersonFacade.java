package org.canbao.enrollment.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The person registry. Village and township officers register and correct people of their own area;
 * everyone else reads within theirs. Every change is audited.
 */
public interface PersonFacade {
  long count(PersonQuery query);

  List<PersonView> search(PersonQuery query, int first, int pageSize);

  PersonDetail detail(long personId);

  /**
   * Registers a person; refuses an invalid ID number (naming the wrong part) or one already
   * registered. The view returned carries a note when the ID number's county code is not one Canbao
   * knows.
   */
  PersonView register(PersonDraft draft);

  PersonView correct(long personId, PersonDraft draft);

  PersonView moveTo(long personId, long villageId, LocalDate date);

  PersonView changeStatus(long personId, PersonStatus status, LocalDate since);

  IdentityView addIdentity(long personId, IdentityDraft draft);

  IdentityView endIdentity(long identityId, LocalDate validTo);

  /** A person's full ID number, for roles that work with individuals; every reveal is recorded. */
  String revealIdNumber(long personId);

  /** How many people are registered in the caller's area, for dashboards. */
  long countInArea();
}
