package org.canbao.enrollment.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes the demo population in bulk, as an import's commit writes a list. Declared here,
 * implemented by the infrastructure; rows hold the values of the column lists below, in order.
 */
public interface DemoPopulationWriter {
  List<String> PERSON_COLUMNS =
      List.of(
          "id_number",
          "name",
          "sex",
          "birth_date",
          "household_no",
          "relation_to_head",
          "village_id",
          "village_path",
          "village_since",
          "household_type",
          "status",
          "version");
  List<String> IDENTITY_COLUMNS =
      List.of("person_id", "category_code", "department", "valid_from", "valid_to", "version");
  List<String> RECORD_COLUMNS =
      List.of(
          "person_id",
          "insurance_year",
          "kind",
          "insured_type",
          "tier",
          "payment_date",
          "channel",
          "contribution",
          "subsidy",
          "individual",
          "category_code",
          "funding_source",
          "funding_department",
          "benefit_start",
          "benefit_end",
          "policy_id",
          "evidence",
          "status",
          "recorded_by",
          "recorded_at",
          "version");

  /** Whether anybody is registered in one of the villages (now or formerly). */
  boolean anyoneIn(Collection<Long> villageIds);

  /** Registers persons (rows in {@link #PERSON_COLUMNS} order); their ids by ID number. */
  Map<String, Long> persons(List<Object[]> rows, Collection<Long> villageIds);

  /**
   * Identities ({@link #IDENTITY_COLUMNS}) and enrollment records ({@link #RECORD_COLUMNS}); the
   * database then knows the registry's new size (its planner's statistics are refreshed).
   */
  void identitiesAndRecords(List<Object[]> identities, List<Object[]> records);

  /** One audit revision for everything written in the villages, with its audit rows; its number. */
  long audit(String username, String note, Collection<Long> villageIds);
}
