package org.canbao.enrollment.application;

import java.util.Random;

/**
 * Plausible names for the synthetic demo population: common surnames of Chongqing (weighted by
 * rank, each village with two or three big families of its own, as villages have) and given names
 * as they were given in each generation — 秀英 and 德明 for the grandparents, 红梅 and 建华 for the
 * parents, 婷 and 杰 for the young adults, 欣怡 and 子轩 for the children. Invented people, not real
 * ones.
 */
final class DemoNames {
  static final String[] SURNAMES = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "周", "吴", "徐", "罗", "何", "邓", "唐", "谢", "冯", "曾", "彭", "蒋",
    "胡", "廖", "袁", "秦", "余", "郭", "田", "熊", "朱", "梁", "钟", "汪", "马", "高", "林", "宋", "蔡", "龙", "卢",
    "任", "肖", "付", "赵", "江", "雷", "孙", "刁", "游", "兰", "况", "税"
  };

  private static final String[][] MEN = {
    {
      "德明", "国华", "光荣", "永福", "长生", "树林", "明清", "正华", "开银", "成富", "家福", "良才", "德贵", "文华", "世友",
      "朝贵", "友财", "洪兵", "登云", "泽林", "大富", "银山", "海清", "绍全"
    },
    {
      "建华", "志勇", "红军", "卫东", "国庆", "小平", "建军", "德兵", "大勇", "明军", "勇", "强", "军", "兵", "伟", "平", "刚",
      "涛", "斌", "波", "中华", "学文", "建国", "万全"
    },
    {
      "杰", "磊", "鹏", "浩", "超", "宇", "亮", "俊", "明亮", "志伟", "小龙", "海波", "俊杰", "建林", "文涛", "佳伟", "晓东",
      "江", "川", "林峰", "小兵", "渝"
    },
    {
      "子轩", "浩然", "宇轩", "俊熙", "思远", "一鸣", "博文", "皓轩", "奕辰", "铭", "睿", "宇航", "梓豪", "锦程", "天佑", "嘉豪",
      "明哲", "子墨", "浩宇", "梓睿", "沐阳", "嘉乐"
    }
  };

  private static final String[][] WOMEN = {
    {
      "秀英", "桂兰", "淑芬", "玉兰", "翠华", "素珍", "秀珍", "凤英", "德秀", "光碧", "明秀", "天秀", "素芳", "玉珍", "琼芳",
      "会芳", "国芳", "淑华", "明英", "泽芬", "碧君", "银秀", "显琼", "世莲"
    },
    {
      "红梅", "丽华", "小琴", "春燕", "晓红", "丽", "芳", "英", "琴", "霞", "燕", "梅", "萍", "蓉", "玲", "艳", "红", "莉",
      "娟", "华", "永碧", "德琼"
    },
    {
      "婷", "丹", "倩", "静", "敏", "雪", "欢", "娇", "丽娟", "小燕", "晓梅", "春梅", "佳", "露", "琳", "瑶", "芳", "洁",
      "莎", "玉婷", "雪梅", "渝梅"
    },
    {
      "欣怡", "梓涵", "雨桐", "诗涵", "可馨", "语嫣", "若曦", "思琪", "雨萱", "紫涵", "佳怡", "梦瑶", "一诺", "欣妍", "梓萱",
      "语桐", "心怡", "静怡", "子萱", "佳琪", "沐瑶", "安然"
    }
  };

  private DemoNames() {}

  /**
   * The surnames of a village: its own big families first (three times as likely), then the common
   * ones.
   */
  static String[] villageSurnames(Random random) {
    String[] own = new String[SURNAMES.length + 9];
    System.arraycopy(SURNAMES, 0, own, 9, SURNAMES.length);
    for (int i = 0; i < 3; i++) {
      String big = SURNAMES[random.nextInt(SURNAMES.length)];
      own[3 * i] = big;
      own[3 * i + 1] = big;
      own[3 * i + 2] = big;
    }
    return own;
  }

  /** A surname of the village, the common ones more likely (rank-weighted). */
  static String surname(Random random, String[] villageSurnames) {
    int i = (int) Math.floor(Math.pow(random.nextDouble(), 1.6) * villageSurnames.length);
    return villageSurnames[Math.min(i, villageSurnames.length - 1)];
  }

  /** Another surname than {@code not} (a spouse's). */
  static String otherSurname(Random random, String[] villageSurnames, String not) {
    String s = surname(random, villageSurnames);
    return s.equals(not)
        ? SURNAMES[(indexOf(not) + 1 + random.nextInt(SURNAMES.length - 1)) % SURNAMES.length]
        : s;
  }

  /** A given name for someone of this sex born in this year. */
  static String given(Random random, boolean male, int birthYear) {
    int generation = birthYear < 1960 ? 0 : birthYear < 1980 ? 1 : birthYear < 2000 ? 2 : 3;
    String[] names = (male ? MEN : WOMEN)[generation];
    return names[random.nextInt(names.length)];
  }

  private static int indexOf(String surname) {
    for (int i = 0; i < SURNAMES.length; i++) {
      if (SURNAMES[i].equals(surname)) {
        return i;
      }
    }
    return 0;
  }
}
