package org.canbao.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Fail-over of a two-node cluster (bin/cluster, run by bin/test-cluster, which passes the cluster's
 * {@code cluster.env} as {@code canbao.cluster.env}; without it this class is skipped): a township
 * officer signs in through nginx and fills the person registration form — an auto-complete choice
 * held by the page's view-scoped bean — then the node that served the session is killed (SIGKILL,
 * nothing written on the way down). The next click goes to the other node: the officer is still
 * signed in, the form submits with what was filled in before (no expired view), and the person is
 * registered once.
 *
 * <p>The same kill ends an import commit on that node in the middle of its transaction ({@link
 * ImportCrash}, issue 14): the other node settles the batch once its heartbeat has stopped for
 * {@code CANBAO_IMPORT_STALE_AFTER_SECONDS} (bin/test-cluster: 10), none of the list is in the
 * registry, and committing it again there writes all of it.
 */
class ClusterFailoverIT {
  private static final Pattern UPSTREAM = Pattern.compile("upstream=(.+)$");

  @Test
  void aSignedInUserContinuesOnTheOtherNodeWhenHisNodeIsKilled() throws Exception {
    String envFile = System.getProperty("canbao.cluster.env");
    assumeTrue(envFile != null && !envFile.isBlank(), "no cluster (bin/test-cluster runs this)");
    Properties env = new Properties();
    try (InputStream in = Files.newInputStream(Path.of(envFile))) {
      env.load(in);
    }
    Path accessLog = Path.of(env.getProperty("NGINX_ACCESS_LOG"));
    String portA = env.getProperty("NODE_A_PORT");
    String portB = env.getProperty("NODE_B_PORT");
    URL front = new URL("http://127.0.0.1:" + env.getProperty("CLUSTER_PORT") + "/");

    try (Browser b = new Browser(front)) {
      b.login("sbs", Http.DEMO_PASSWORD);
      assertFalse(b.url().contains("login.xhtml"), "signed in through nginx");
      b.clickMenu("人员登记");
      b.driver().findElement(By.cssSelector("#personsForm\\:registerPerson legend")).click();
      String name = "切换测试" + (char) ('甲' + (int) (System.nanoTime() % 20));
      b.waiting()
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("personsForm:newIdNumber")))
          .sendKeys(Imports.newId());
      b.driver().findElement(By.id("personsForm:newName")).sendKeys(name);
      b.pick("personsForm:newVillage", "茅园", "茅园村（松溉镇）");
      b.ajaxIdle();

      // the node that served the session's last request (the auto-complete's choice)
      String served = lastUpstream(accessLog);
      boolean onA = served.endsWith(":" + portA);
      assertTrue(onA || served.endsWith(":" + portB), "served by a node: " + served);
      URL killed = new URL("http://127.0.0.1:" + (onA ? portA : portB) + "/");
      URL other = new URL("http://127.0.0.1:" + (onA ? portB : portA) + "/");
      try (ImportCrash crash = ImportCrash.commitHeldOn(killed, env)) {
        long pid = Long.parseLong(env.getProperty(onA ? "NODE_A_PID" : "NODE_B_PID"));
        ProcessHandle node = ProcessHandle.of(pid).orElseThrow();
        node.destroyForcibly(); // SIGKILL
        node.onExit().get();
        crash.killed();
        continueOnTheOtherNode(b, accessLog, served, name);
        crash.assertSettledAndCommittedAgainOn(other, onA ? "a" : "b");
      }
    }
  }

  /**
   * The form submits on the other node, the officer still signed in; the person is registered once.
   */
  private static void continueOnTheOtherNode(Browser b, Path accessLog, String served, String name)
      throws IOException {
    int linesBefore = Files.readAllLines(accessLog).size();

    b.driver().findElement(By.id("personsForm:register")).click();
    b.screenshotOnFailure(
        "failover-registered",
        () ->
            b.waiting()
                .withTimeout(Duration.ofSeconds(120))
                .until(
                    ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".ui-messages"), "已登记：" + name)));
    String survivor = lastUpstream(accessLog);
    assertNotEquals(served, survivor, "the submit was served by the other node");
    assertTrue(Files.readAllLines(accessLog).size() > linesBefore);

    // still signed in on the surviving node: a page navigation, not the login page
    b.clickMenu("人员登记");
    assertFalse(b.url().contains("login.xhtml"), "still signed in after the fail-over");
    b.driver().findElement(By.id("personsForm:name")).sendKeys(name);
    b.driver().findElement(By.id("personsForm:search")).click();
    b.ajaxIdle(); // the search's answer, not the table shown before it
    b.waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("personsForm:persons"), name));
    assertEquals(
        1,
        b.driver()
            .findElements(
                By.xpath("//*[@id='personsForm:persons']//tbody/tr[contains(., '" + name + "')]"))
            .size(),
        "registered once");
  }

  /** The upstream address of the access log's last request ("127.0.0.1:port", after retries). */
  private static String lastUpstream(Path accessLog) throws IOException {
    List<String> lines = Files.readAllLines(accessLog);
    for (int i = lines.size() - 1; i >= 0; i--) {
      Matcher m = UPSTREAM.matcher(lines.get(i));
      if (m.find() && !m.group(1).equals("-")) {
        String[] tried = m.group(1).split(",");
        return tried[tried.length - 1].strip();
      }
    }
    throw new AssertionError("no proxied request in " + accessLog);
  }
}
