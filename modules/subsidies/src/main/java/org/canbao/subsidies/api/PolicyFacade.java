package org.canbao.subsidies.api;

import java.io.InputStream;
import java.util.List;

/**
 * Yearly policy as data. Administrators draft a version (or copy last year's), validate and publish
 * it; a published version is never edited — a change is a new version. Pricing uses the newest
 * published version of the district, else of the city.
 */
public interface PolicyFacade {
  List<PolicyData> list();

  PolicyData get(long id);

  /** Problems that keep the version from being published (empty: publishable). */
  List<String> validate(long id);

  PolicyData saveDraft(PolicyData draft);

  /** A new draft for {@code year} with the contents of version {@code id}. */
  PolicyData copyToYear(long id, int year);

  PolicyData publish(long id);

  Pricing.Result price(Pricing.Request request);

  /**
   * Prices many payments at once (a chunk of a payment list): each district's policy is read once.
   */
  List<Pricing.Result> priceAll(List<Pricing.Request> requests);

  /** The version as an Excel sheet in the layout of the Songgai 2023 work plan, attachment 2. */
  byte[] exportSonggaiLayout(long id);

  /**
   * Replaces a draft's rules for the categories and tiers a sheet in that layout lists (amounts as
   * fixed amounts).
   */
  PolicyData importSonggaiLayout(long id, String fileName, InputStream content);
}
