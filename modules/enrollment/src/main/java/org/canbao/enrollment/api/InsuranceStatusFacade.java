package org.canbao.enrollment.api;

import java.time.LocalDate;
import org.canbao.kernel.api.IdNumber;

/**
 * Insurance status of one person on one day from the benefit period of their enrollment records
 * (DOMAIN.md §5): the medical-institution check (即保即享受). Not limited to the caller's area — a
 * hospital admits patients from anywhere — and therefore answering about one ID number at a time,
 * never by name or as a list. The caller (the reporting module's status check) logs every check and
 * tells the hospital no more than the state and the benefit dates.
 */
public interface InsuranceStatusFacade {
  InsuranceStatus statusOn(IdNumber idNumber, LocalDate day);
}
