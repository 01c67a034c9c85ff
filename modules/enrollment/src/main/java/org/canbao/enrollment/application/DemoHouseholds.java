package org.canbao.enrollment.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Households of a Chongqing township for the demo population, one to five people, the head first:
 * old people alone or as a couple (the young work elsewhere), young couples with children, three
 * generations under one head, a head living with an old parent, single parents. Relations as the
 * police register writes them (与户主关系): 户主, 配偶, 子, 女, 儿媳, 孙子, 孙女, 父亲, 母亲.
 */
final class DemoHouseholds {
  /** A member: relation to the head, age on the base date, sex, surname. */
  record Member(String relation, int age, boolean male, String surname) {}

  private DemoHouseholds() {}

  static List<Member> members(Random r, String[] surnames) {
    List<Member> m = new ArrayList<>();
    String family = DemoNames.surname(r, surnames);
    double u = r.nextDouble();
    if (u < 0.15) {
      m.add(new Member("户主", between(r, 60, 93), r.nextDouble() < 0.4, family));
    } else if (u < 0.21) {
      m.add(new Member("户主", between(r, 20, 50), r.nextDouble() < 0.65, family));
    } else if (u < 0.38) {
      couple(r, surnames, m, family, between(r, 58, 89));
    } else if (u < 0.45) {
      couple(r, surnames, m, family, between(r, 30, 58));
    } else if (u < 0.72) {
      int head = between(r, 26, 52);
      couple(r, surnames, m, family, head);
      children(r, m, family, head, r.nextDouble() < 0.2 ? 3 : 1 + r.nextInt(2), false);
    } else if (u < 0.78) {
      boolean father = r.nextDouble() < 0.35;
      int head = between(r, 28, 55);
      m.add(
          new Member(
              "户主", head, father, father ? family : DemoNames.otherSurname(r, surnames, family)));
      children(r, m, family, head, 1 + r.nextInt(2), false);
    } else if (u < 0.92) {
      int head = between(r, 46, 72);
      couple(r, surnames, m, family, head);
      int son = Math.max(18, head - between(r, 22, 30));
      m.add(new Member("子", son, true, family));
      if (r.nextDouble() < 0.7) {
        m.add(
            new Member(
                "儿媳",
                Math.max(18, son - 2 + r.nextInt(5)),
                false,
                DemoNames.otherSurname(r, surnames, family)));
      }
      children(r, m, family, son, 1, true);
    } else {
      int head = between(r, 35, 56);
      couple(r, surnames, m, family, head);
      boolean mother = r.nextDouble() < 0.7;
      m.add(
          new Member(
              mother ? "母亲" : "父亲",
              Math.min(96, head + between(r, 22, 34)),
              !mother,
              mother ? DemoNames.otherSurname(r, surnames, family) : family));
      children(r, m, family, head, 1 + r.nextInt(2), false);
    }
    return m;
  }

  /** Head (a man, his family's surname) and his wife, about his age. */
  private static void couple(Random r, String[] surnames, List<Member> m, String family, int head) {
    m.add(new Member("户主", head, true, family));
    m.add(
        new Member(
            "配偶",
            Math.max(18, head - 4 + r.nextInt(6)),
            false,
            DemoNames.otherSurname(r, surnames, family)));
  }

  /**
   * Children (or grandchildren) born to a parent of age {@code parent}: from 20 years after the
   * parent's birth.
   */
  private static void children(
      Random r, List<Member> m, String family, int parent, int count, boolean grand) {
    int eldest = Math.max(0, parent - 20);
    for (int i = 0; i < count && eldest >= 0; i++) {
      int age = eldest == 0 ? 0 : r.nextInt(Math.min(eldest, 26) + 1);
      boolean son = r.nextBoolean();
      m.add(new Member(grand ? (son ? "孙子" : "孙女") : (son ? "子" : "女"), age, son, family));
    }
  }

  private static int between(Random r, int from, int to) {
    return from + r.nextInt(to - from);
  }
}
