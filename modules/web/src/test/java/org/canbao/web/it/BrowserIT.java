package org.canbao.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Each role signs in through the Chinese login page in Chromium and sees its own menu and dashboard. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {
  private static final String PW = Http.DEMO_PASSWORD;
  private static Browser browser;

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.canbao();
  }

  private Browser browser() {
    if (browser == null) {
      browser = new Browser(base);
    }
    return browser;
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  private void roleSees(String user, String title, String region, List<String> menu, List<String> notInMenu) {
    Browser b = browser();
    b.login(user, PW);
    b.screenshotOnFailure("dashboard-" + user, () -> checkDashboard(b, user, title, region, menu, notInMenu));
    b.logout();
  }

  private static void checkDashboard(Browser b, String user, String title, String region, List<String> menu, List<String> notInMenu) {
    assertEquals(title, b.pageTitle(), user);
    assertTrue(b.text("#cb-user-region").contains(region), user + " belongs to " + region);
    assertTrue(b.menu().containsAll(menu), user + " menu " + b.menu());
    for (String hidden : notInMenu) {
      assertFalse(b.menu().contains(hidden), user + " must not see " + hidden);
    }
    assertFalse(b.text("#dashboard-tiles").isBlank());
    b.screenshot("dashboard-" + user);
  }

  private static final List<String> ADMIN_ONLY = List.of("用户管理", "审计日志");

  @Test
  void systemAdministrator() {
    roleSees("sysadmin", "系统管理工作台", "重庆市", List.of("首页", "行政区域", "区域导入", "用户管理", "审计日志"), List.of());
  }

  @Test
  void districtAdministrator() {
    roleSees("qxadmin", "区县医保局工作台", "永川区", List.of("首页", "行政区域", "区域导入"), ADMIN_ONLY);
  }

  @Test
  void supervisionGroupMember() {
    roleSees("duchao", "督导组工作台", "松溉镇", List.of("首页", "行政区域"), List.of("区域导入", "用户管理"));
  }

  @Test
  void townshipOfficer() {
    roleSees("sbs", "乡镇(街道)社保所工作台", "松溉镇", List.of("首页", "行政区域"), List.of("区域导入", "用户管理"));
  }

  @Test
  void villageOfficer() {
    roleSees("cungan", "村(居)专干工作台", "文昌宫社区", List.of("首页", "行政区域"), List.of("区域导入", "用户管理"));
  }

  @Test
  void departmentListProvider() {
    roleSees("minzheng", "部门名单报送工作台", "永川区", List.of("首页"), List.of("区域导入", "用户管理"));
  }

  @Test
  void medicalInstitution() {
    roleSees("yiyuan", "定点医疗机构工作台", "松溉镇", List.of("首页"), List.of("区域导入", "用户管理"));
  }

  @Test
  void leader() {
    roleSees("lingdao", "领导驾驶舱", "松溉镇", List.of("首页"), List.of("区域导入", "用户管理"));
  }

  @Test
  void wrongPasswordIsExplainedInChinese() {
    Browser b = browser();
    b.login("sbs", "wrong-password");
    assertTrue(b.url().contains("login.xhtml"));
    assertTrue(b.text(".ui-messages-error").contains("用户名或密码错误"));
    b.screenshot("login-failed");
  }

  @Test
  void villageOfficerCannotOpenAnotherVillageByUrl() {
    long songjiang = Http.firstId(Http.get(base, "api/regions?name=%E6%9D%BE%E6%B1%9F%E7%A4%BE%E5%8C%BA", "qxadmin").body());
    Browser b = browser();
    b.login("cungan", PW);
    b.open("regions/tree.xhtml?id=" + songjiang);
    assertTrue(b.text(".ui-messages-error").contains("无权访问"), b.body());
    assertTrue(b.driver().findElements(By.id("region-name")).isEmpty(), "no details of the other village are shown");
    b.screenshot("village-denied");
    b.logout();
  }

  @Test
  void protectedAdminPagesNeedTheMenuToken() {
    Browser b = browser();
    b.login("sysadmin", PW);
    b.open("admin/users.xhtml");
    b.waiting().until(ExpectedConditions.urlContains("index.xhtml"));
    assertTrue(b.body().contains("安全校验"));
    b.clickMenu("用户管理");
    assertTrue(b.body().contains("cungan"), "the users table lists the demo users");
    b.screenshot("admin-users");
    b.clickMenu("审计日志");
    b.driver().findElement(By.id("auditForm:user")).sendKeys("system");
    b.driver().findElement(By.id("auditForm:search")).click();
    b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("auditForm:revisions"), "system"));
    assertTrue(b.text("#auditForm\\:revisions").contains("system"), "start-up data is audited as 'system'");
    b.screenshot("admin-audit");
    b.logout();
  }

  @Test
  void districtAdministratorDryRunsARegionFile() throws IOException {
    String village = "测试村" + UUID.randomUUID().toString().substring(0, 4);
    Path csv = Files.createTempFile("regions", ".csv");
    Files.writeString(csv, "代码,名称,级别,上级代码\n," + village + ",村,500118107\n12345,坏代码镇,乡镇,500118\n", StandardCharsets.UTF_8);
    Browser b = browser();
    b.login("qxadmin", PW);
    b.clickMenu("区域导入");
    b.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(csv.toAbsolutePath().toString());
    b.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("count-new")));
    assertEquals("1", b.text("#count-new"));
    assertEquals("1", b.text("#count-rejected"));
    assertTrue(b.body().contains("6、9或12位数字"), "the bad row's reason is shown");
    assertFalse(b.driver().findElement(By.id("importForm:commit")).isEnabled(), "a file with errors cannot be committed");
    b.screenshot("region-import-dry-run");
    b.clickMenu("行政区域");
    b.screenshot("region-tree");
    b.driver().findElement(By.id("regionForm:searchText")).sendKeys("松溉");
    b.driver().findElement(By.id("regionForm:searchButton")).click();
    b.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#regionForm\\:searchResults a"))).click();
    assertEquals("松溉镇", b.text("#region-name"));
    assertTrue(b.body().contains("500118107"));
    b.screenshot("region-detail");
    b.logout();
  }

  @Test
  void townshipOfficerUploadsAHouseholdListAndReadsTheDryRun() throws IOException {
    Path csv = Files.createTempFile("huji", ".csv");
    Files.writeString(csv, "身份证号,姓名,户号,与户主关系,村(社区)\n" + RegistryIT.newId() + ",浏览器测试,H1,户主,茅园村\n123,坏号码,H1,户主,茅园村\n", StandardCharsets.UTF_8);
    Browser b = browser();
    b.login("sbs", PW);
    b.clickMenu("名单导入");
    b.driver().findElement(By.cssSelector("#uploadForm input[type=file]")).sendKeys(csv.toAbsolutePath().toString());
    b.waiting().until(ExpectedConditions.textToBe(By.id("batch-status"), "预检完成"));
    assertEquals("1", b.text("#count-new"));
    assertEquals("1", b.text("#count-rejected"));
    assertTrue(b.body().contains("应为18位"), "the row error is listed");
    assertFalse(b.driver().findElement(By.id("resultForm:commit")).isEnabled(), "a list with errors cannot be committed");
    b.screenshot("name-list-dry-run");
    b.clickMenu("人员登记");
    b.screenshot("persons");
    b.logout();
  }

  @Test
  void townshipOfficerDryRunsATaxPaymentList() throws Exception {
    String payer = Imports.newId();
    Imports.checkAndCommit(base, "sbs", "HOUSEHOLD_REGISTER", "payer.csv", null,
        (Imports.HEADER + payer + ",浏览器缴费人,H9,户主,松溉镇,茅园村\n").getBytes(StandardCharsets.UTF_8));
    Path csv = Files.createTempFile("jiaofei", ".csv");
    Files.writeString(csv, "身份证号,姓名,档次,缴费日期,缴费金额\n" + payer + ",浏览器缴费人,一档,2022-11-20,350\n"
        + Imports.newId() + ",查无此人,一档,2022-11-20,350\n", StandardCharsets.UTF_8);
    Browser b = browser();
    b.login("sbs", PW);
    b.clickMenu("名单导入");
    choose(b, "uploadForm:kind", "缴费名单");
    b.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("uploadForm:year_input")));
    setNumber(b, "uploadForm:year_input", "2023");
    b.driver().findElement(By.cssSelector("#uploadForm input[type=file]")).sendKeys(csv.toAbsolutePath().toString());
    b.waiting().until(ExpectedConditions.textToBe(By.id("batch-status"), "预检完成"));
    assertEquals("1", b.text("#count-new"), "the payer's payment is priced and new");
    assertEquals("1", b.text("#count-rejected"));
    assertTrue(b.body().contains("户籍登记中没有此人"), "the unknown person's row is listed with the reason");
    b.screenshot("payment-list-dry-run");
    b.logout();
  }

  /**
   * Issue 9: after 确认导入 the page follows the commit to 已导入, and the history below shows the
   * batch as it is now — not as it was at the upload (预检中 0/0/0/0).
   */
  @Test
  void aDepartmentCommitsAnIdentityListAndTheHistoryFollows() throws Exception {
    String person = Imports.newId();
    Imports.checkAndCommit(base, "sbs", "HOUSEHOLD_REGISTER", "shenfen-huji.csv", null,
        (Imports.HEADER + person + ",浏览器身份人,H12,户主,松溉镇,茅园村\n").getBytes(StandardCharsets.UTF_8));
    Path csv = Files.createTempFile("shenfen", ".csv");
    Files.writeString(csv, "身份证号,姓名,身份类别,有效期起\n" + person + ",浏览器身份人,DIBAO,2023-01-01\n", StandardCharsets.UTF_8);
    Browser b = browser();
    b.login("minzheng", PW);
    b.clickMenu("名单导入");
    choose(b, "uploadForm:kind", "部门身份名单");
    b.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("uploadForm:category")));
    b.driver().findElement(By.cssSelector("#uploadForm input[type=file]")).sendKeys(csv.toAbsolutePath().toString());
    b.waiting().until(ExpectedConditions.textToBe(By.id("batch-status"), "预检完成"));
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("批次 (\\d+)：").matcher(b.text("#resultForm h3"));
    assertTrue(m.find());
    String id = m.group(1);
    b.driver().findElement(By.id("resultForm:commit")).click();
    b.screenshotOnFailure("identity-list-committed", () -> {
      b.waiting().until(ExpectedConditions.textToBe(By.id("batch-status"), "已导入"));
      assertEquals("1", b.text("#count-new"));
      String row = b.driver().findElements(By.cssSelector("#historyForm\\:history_data > tr")).stream()
          .map(tr -> tr.getText())
          .filter(text -> text.startsWith(id + " "))
          .findFirst()
          .orElseThrow(() -> new AssertionError("batch " + id + " is not in the history"));
      assertTrue(row.contains("已导入") && row.contains("1 / 0 / 0 / 0"), "the history shows the batch as it is now: " + row);
    });
    b.screenshot("identity-list-committed", By.id("historyForm"));
    b.logout();
  }

  @Test
  void anAdministratorEditsAndPublishesAPolicyDraftAndAnOfficerRegistersAPayment() throws Exception {
    Browser b = browser();
    b.login("sysadmin", PW);
    b.clickMenu("年度政策");
    setNumber(b, "policyForm:copyYear_input", "2033");
    b.driver().findElement(By.id("policyForm:copy")).click();
    b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("policy-title"), "2033年度"));
    assertEquals("草稿", b.text("#policy-status"));
    // stable post-poverty people (10th category, tier 1 is row 18): 30 yuan instead of 50
    setNumber(b, "policyForm:rules:18:value_input", "30");
    b.driver().findElement(By.id("policyForm:save")).click();
    b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-messages"), "草稿已保存"));
    b.driver().findElement(By.id("policyForm:publish")).click();
    b.waiting().until(ExpectedConditions.textToBe(By.id("policy-status"), "已发布"));
    b.screenshot("policy-published");

    b.clickMenu("资助测算");
    setNumber(b, "previewForm:year_input", "2033");
    setNumber(b, "previewForm:date_input", "2032-11-01");
    b.driver().findElement(By.xpath("//*[@id='previewForm:categories']//label[text()='稳定脱贫人口']")).click();
    b.driver().findElement(By.id("previewForm:calculate")).click();
    b.screenshotOnFailure("preview", () -> assertEquals("稳定脱贫人口, 一档: 资助 30, 个人缴纳 320", b.text("#explanation")));
    b.screenshot("preview-calculator");
    b.logout();

    String id = Imports.newId();
    Imports.checkAndCommit(base, "sbs", "HOUSEHOLD_REGISTER", "b.csv", null, (Imports.HEADER + id + ",浏览器缴费,H30,户主,松溉镇,茅园村\n").getBytes(StandardCharsets.UTF_8));
    long personId = Long.parseLong(Http.field(Http.get(base, "api/persons?idNumber=" + id, "sbs").body(), "id"));
    b.login("sbs", PW);
    b.open("enrollment/person.xhtml?id=" + personId);
    b.driver().findElement(By.id("personForm:payDate_input")).sendKeys("2022-11-20");
    b.driver().findElement(By.tagName("h1")).click();
    b.driver().findElement(By.id("personForm:registerPayment")).click();
    b.screenshotOnFailure("payment", () -> {
      b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-messages"), "已登记缴费"));
      assertEquals("0.00", b.text(".record-subsidy"));
    });
    assertTrue(b.body().contains("2023-01-01 — 2023-12-31"), "benefits for the whole year");
    b.screenshot("person-payment");

    // the payer's newborn, born in 2023 and not insured on its own, follows the payer from birth
    String baby = Imports.newId(LocalDate.of(2023, 7, 16));
    Imports.checkAndCommit(base, "sbs", "HOUSEHOLD_REGISTER", "n.csv", null, (Imports.HEADER + baby + ",浏览器新生儿,H30,子,松溉镇,茅园村\n").getBytes(StandardCharsets.UTF_8));
    long babyId = Long.parseLong(Http.field(Http.get(base, "api/persons?idNumber=" + baby, "sbs").body(), "id"));
    b.open("enrollment/person.xhtml?id=" + babyId);
    b.driver().findElement(By.id("personForm:guardianIdNumber")).sendKeys(Imports.newId());
    b.driver().findElement(By.id("personForm:recordFollowingGuardian")).click();
    b.screenshotOnFailure("following-guardian-refused",
        () -> assertTrue(b.text(".ui-messages-error").contains("未在人员库中登记"), "someone not registered is no guardian"));
    var guardianInput = b.driver().findElement(By.id("personForm:guardianIdNumber"));
    guardianInput.clear();
    guardianInput.sendKeys(id);
    b.driver().findElement(By.id("personForm:recordFollowingGuardian")).click();
    b.screenshotOnFailure("following-guardian", () -> {
      b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-messages"), "已登记随监护人参保"));
      assertEquals("随监护人参保（监护人 浏览器缴费 " + id.substring(0, 6) + "********" + id.substring(14) + "）", b.text(".record-basis"));
    });
    assertTrue(b.body().contains("2023-07-16 — 2023-12-31"), "benefits from birth to the guardian's end");
    b.screenshot("person-following-guardian", By.id("personForm:records"));
    b.logout();
  }

  private static void setNumber(Browser b, String id, String value) {
    var input = b.driver().findElement(By.id(id));
    input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
    input.sendKeys(value);
    input.sendKeys(org.openqa.selenium.Keys.TAB);
  }

  @Test
  void anAdministratorReassignsAVillageAndTheMemberSeesTheChange() {
    Browser b = browser();
    b.login("qxadmin", PW);
    b.clickMenu("分片包干");
    setNumber(b, "boardForm:year_input", "2024");
    choose(b, "boardForm:scope", "松溉镇");
    b.driver().findElement(By.id("boardForm:show")).click();
    b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".cb-note"), "范围：松溉镇"));
    b.driver().findElement(By.id("boardForm:copy")).click();
    b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-messages"), "已复制2023年度督导组"));
    // swap 文昌宫社区 and 松江社区 between the first two groups, from today
    chooseInRow(b, "文昌宫社区", "第二督导组");
    chooseInRow(b, "松江社区", "第一督导组");
    b.driver().findElement(By.id("boardForm:save")).click();
    b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-messages"), "分片已保存"));
    b.screenshot("supervision-board");
    b.logout();

    b.login("duchao", PW);
    b.clickMenu("我的责任片区");
    setNumber(b, "mineForm:year_input", "2024");
    b.driver().findElement(By.id("mineForm:show")).click();
    b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("mineForm:areas"), "松江社区"));
    assertFalse(b.text("#mineForm\\:areas").contains("文昌宫社区"), "the member no longer sees the village moved away");
    b.screenshot("supervision-mine");
    b.open("supervision/board.xhtml");
    assertTrue(b.text(".ui-messages-error").contains("无权访问"), "the administrators' board by its address");
    assertFalse(b.body().contains("第二督导组"), "no other group is shown");
    b.logout();
  }

  /** Chooses an option of a PrimeFaces select-one menu by its text (on the hidden select it submits). */
  private static void choose(Browser b, String menuId, String label) {
    selectByText(b, b.driver().findElement(By.id(menuId + "_input")), label);
  }

  private static void chooseInRow(Browser b, String area, String label) {
    selectByText(b, b.driver().findElement(By.xpath("//tr[td[normalize-space()='" + area + "']]//select")), label);
  }

  private static void selectByText(Browser b, org.openqa.selenium.WebElement select, String label) {
    Object found = ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript(
        "var s = arguments[0]; for (var i = 0; i < s.options.length; i++) { if (s.options[i].text == arguments[1]) {"
            + " s.selectedIndex = i; s.dispatchEvent(new Event('change')); return true; } } return false;", select, label);
    assertTrue(Boolean.TRUE.equals(found), "no option " + label);
  }
}
