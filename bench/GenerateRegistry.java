import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes a district household register of N people with valid, distinct ID numbers (GB 11643 check
 * digit), spread over the seven villages of 松溉镇 (the demo data's coded villages), as the police
 * list arrives: 身份证号,姓名,户号,与户主关系,乡镇(街道),村(社区).
 *
 * <p>Usage: {@code java bench/GenerateRegistry.java out.csv 1000000}
 */
public class GenerateRegistry {
  private static final int[] W = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";
  private static final String[] VILLAGES = {"文昌宫社区", "松江社区", "旗山村", "打鱼河村", "鱼岭村", "新街子村", "茅园村"};
  private static final String[] SURNAMES = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "罗", "何", "邓"
  };
  private static final String[] GIVEN = {
    "伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "建华",
    "志强", "桂兰"
  };
  private static final String[] RELATIONS = {"户主", "配偶", "子", "女", "孙子", "孙女"};

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    LocalDate start = LocalDate.of(1930, 1, 1);
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write("身份证号,姓名,户号,与户主关系,乡镇(街道),村(社区)\n");
      for (int i = 0; i < n; i++) {
        // distinct: day offset and sequence number from i
        LocalDate birth = start.plusDays(i % 32000);
        int seq = i / 32000;
        String body =
            String.format(
                "500118%04d%02d%02d%03d",
                birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), seq);
        int sum = 0;
        for (int k = 0; k < 17; k++) {
          sum += (body.charAt(k) - '0') * W[k];
        }
        String id = body + CHECK.charAt(sum % 11);
        String name = SURNAMES[i % SURNAMES.length] + GIVEN[(i / 7) % GIVEN.length];
        String household = "H" + (i / 4);
        w.write(
            id
                + ","
                + name
                + ","
                + household
                + ","
                + RELATIONS[
                    i % 4 == 0
                        ? 0
                        : 1
                            + (i % RELATIONS.length - 1 + RELATIONS.length)
                                % (RELATIONS.length - 1)]
                + ",松溉镇,"
                + VILLAGES[(i / 4) % VILLAGES.length]
                + "\n");
      }
    }
  }
}
