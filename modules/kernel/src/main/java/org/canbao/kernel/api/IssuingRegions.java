package org.canbao.kernel.api;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The district and county codes of the region data Canbao holds (the Chongqing list imported at
 * start), to judge the first six digits of an ID number further than {@link IdNumber} can alone.
 *
 * <p>The rule: for a number whose province is one Canbao holds districts of, six digits that are no
 * district or county code in the region data get a warning, never a refusal — "身份证号前六位“500199”
 * 不是重庆市现行区县代码（可能是历史代码），请核对". An ID number keeps for life the code of the county that issued it, and
 * Chongqing's codes changed many times (长寿县 500221 became 长寿区 500115 in 2001, 开县 500234 became 开州区
 * 500154 in 2016, …); those historical codes are not in the region data, so a person holding one is
 * real and must be registered, while a typing error in the county digits is flagged for someone to
 * look at. Numbers of other provinces are judged by their province part only (in {@link IdNumber}):
 * Canbao holds no national list of county codes. Foreigners' permanent residence IDs carry a
 * nationality code in these digits and are not judged. When the region data holds no district of a
 * province (say, before any region list was imported), nothing is judged rather than everything
 * flagged.
 */
public final class IssuingRegions implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Province code (two digits) → name of the province-level region, for the districts held. */
  private final Map<String, String> provinces = new HashMap<>();

  private final Set<String> districts = new HashSet<>();

  private IssuingRegions() {}

  /**
   * From the regions of the city (or province) and district levels with a code; any other regions
   * given are ignored. Districts whose validity ended count too: their code was once current.
   */
  public static IssuingRegions of(Collection<RegionRef> regions) {
    IssuingRegions r = new IssuingRegions();
    Map<String, String> names = new HashMap<>();
    for (RegionRef ref : regions) {
      if (ref.code() == null || ref.code().length() != 6) {
        continue;
      }
      if (ref.level() == RegionLevel.DISTRICT) {
        r.districts.add(ref.code());
      } else if (ref.level() == RegionLevel.CITY) {
        names.put(ref.code().substring(0, 2), ref.name());
      }
    }
    for (String d : r.districts) {
      String province = d.substring(0, 2);
      r.provinces.put(province, names.getOrDefault(province, province + "开头的省级行政区"));
    }
    return r;
  }

  /** Judges nothing: for callers without region data. */
  public static IssuingRegions none() {
    return new IssuingRegions();
  }

  /** The warning for {@code id}'s first six digits, if they are no district code Canbao knows. */
  public Optional<String> warning(IdNumber id) {
    if (id.foreigner()) {
      return Optional.empty();
    }
    String six = id.issuingRegion();
    String province = provinces.get(six.substring(0, 2));
    if (province == null || districts.contains(six)) {
      return Optional.empty();
    }
    return Optional.of("身份证号前六位“" + six + "”不是" + province + "现行区县代码（可能是历史代码），请核对");
  }
}
