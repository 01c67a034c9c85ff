package org.canbao.enrollment.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Map;
import org.canbao.enrollment.api.PersonView;
import org.canbao.enrollment.domain.Person;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.IdNumber;
import org.canbao.kernel.api.Permission;
import org.canbao.kernel.api.RegionDirectory;
import org.canbao.kernel.api.RegionRef;

/**
 * A registered person as the caller may see them, the one mapping of every facade that lists people
 * (the registry, the uninsured of a village): the full ID number only for roles that work with
 * individuals ({@link Permission#READ_FULL_ID_NUMBERS}); leaders and supervision members see it
 * masked.
 */
@Dependent
public class PersonViews {
  @Inject CurrentCaller caller;
  @Inject RegionDirectory regions;

  /** {@code villageNames} caches the names of villages met while mapping a page. */
  PersonView view(Person p, Map<Long, String> villageNames) {
    return view(p, villageNames, null);
  }

  PersonView view(Person p, Map<Long, String> villageNames, String note) {
    // masked as stored, not parsed again: a number accepted under earlier rules must still show
    String masked = IdNumber.mask(p.idNumber());
    String shown = caller.get().may(Permission.READ_FULL_ID_NUMBERS) ? p.idNumber() : masked;
    return new PersonView(
        p.id(),
        shown,
        masked,
        p.name(),
        p.sex(),
        p.birthDate(),
        p.householdNo(),
        p.relationToHead(),
        p.villageId(),
        villageName(p.villageId(), villageNames),
        p.status(),
        p.statusSince(),
        p.sourceBatchId(),
        note,
        p.householdType());
  }

  String villageName(long id, Map<Long, String> cache) {
    return cache.computeIfAbsent(id, k -> regions.find(k).map(RegionRef::name).orElse("?"));
  }
}
