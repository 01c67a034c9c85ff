package org.canbao.enrollment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeenInFileTest {
  @Test
  void aSecondRowForTheSamePersonIsNotNew() {
    SeenInFile seen = new SeenInFile();
    assertThat(seen.add("11010519491231002X", null)).isTrue();
    assertThat(seen.add("11010519491231002X", null)).isFalse();
    assertThat(seen.add("110105194912310029", null))
        .as("differs only in the check character")
        .isTrue();
  }

  @Test
  void identityListsKeyOnPersonAndCategory() {
    SeenInFile seen = new SeenInFile();
    assertThat(seen.add("11010519491231002X", "DIBAO")).isTrue();
    assertThat(seen.add("11010519491231002X", "TEKUN")).isTrue();
    assertThat(seen.add("11010519491231002X", "DIBAO")).isFalse();
  }

  @Test
  void holdsManyPeopleExactly() {
    SeenInFile seen = new SeenInFile();
    for (long n = 0; n < 300_000; n++) {
      assertThat(seen.add(id(n), null)).isTrue();
    }
    for (long n = 0; n < 300_000; n += 997) {
      assertThat(seen.add(id(n), null)).isFalse();
    }
    assertThat(seen.size()).isEqualTo(300_000);
  }

  @Test
  void keysThatAreNotEighteenCharactersStillCount() {
    SeenInFile seen = new SeenInFile();
    assertThat(seen.add("12345", null)).isTrue();
    assertThat(seen.add("12345", null)).isFalse();
    assertThat(SeenInFile.encode("11010519491231002Y")).isZero();
  }

  private static String id(long n) {
    return "50011819"
        + String.format("%09d", n)
        + (n % 11 == 10 ? "X" : String.valueOf(n % 11 % 10));
  }
}
