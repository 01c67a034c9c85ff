package org.canbao.web.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The real WAR as built by Maven (whole packages, nothing hand-picked), plus the test's own
 * classes, for the test classes whose tests run inside the server. Classes that only call the
 * server over HTTP or through a browser share one server running the unchanged WAR ({@link
 * SharedServer}).
 */
final class Deployments {
  private Deployments() {}

  static WebArchive canbao(Class<?>... testClasses) {
    File war = new File(System.getProperty("canbao.war", "target/canbao.war"));
    if (!war.isFile()) {
      throw new IllegalStateException(
          "Build the WAR first (mvn verify builds it before the integration tests): " + war);
    }
    return openTestRunner(
        ShrinkWrap.createFromZipFile(WebArchive.class, war).addClasses(testClasses));
  }

  /**
   * In-container tests are run through Arquillian's servlet, which must not be sent to the login
   * page: the only change to the application's web.xml.
   */
  private static WebArchive openTestRunner(WebArchive archive) {
    String path = "WEB-INF/web.xml";
    try (InputStream in = archive.get(path).getAsset().openStream()) {
      String xml =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .replace(
                  "<url-pattern>/login.xhtml</url-pattern>",
                  "<url-pattern>/login.xhtml</url-pattern>\n      <url-pattern>/ArquillianServletRunnerEE9</url-pattern>");
      archive.delete(path);
      return archive.setWebXML(new StringAsset(xml));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
