package org.canbao.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * One Payara Micro running the WAR Maven built, shared by every test class whose tests are HTTP or
 * browser clients: started when the first such class needs it, stopped when the test run ends. A
 * class that would deploy the same unchanged WAR through Arquillian paid a server start of its own
 * (about a minute on two cores); the classes whose tests run inside the server still deploy with
 * Arquillian. Same JVM options and boot-command files as the Arquillian container (see the failsafe
 * configuration and arquillian.xml); its output goes to {@code
 * failsafe-reports/org.canbao.web.it.SharedServer-output.txt}.
 */
final class SharedServer implements TestInstancePostProcessor {
  /** Marks the {@code URL} field that receives the server's base address. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.FIELD)
  @interface Base {}

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SharedServer.class);

  @Override
  public void postProcessTestInstance(Object test, ExtensionContext context) throws Exception {
    Running server =
        context
            .getRoot()
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(Running.class, k -> Running.start(), Running.class);
    for (Class<?> c = test.getClass(); c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (field.isAnnotationPresent(Base.class)) {
          field.setAccessible(true);
          field.set(test, server.base);
        }
      }
    }
  }

  /** The server process; closed (stopped) with the root store at the end of the run. */
  static final class Running implements AutoCloseable {
    private final Process process;
    final URL base;

    private Running(Process process, URL base) {
      this.process = process;
      this.base = base;
    }

    static Running start() {
      int port = freePort(Integer.getInteger("canbao.it.port", 0));
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      for (String option : property("canbao.it.jvmOptions").trim().split("\\s+")) {
        command.add(option);
      }
      command.addAll(
          List.of(
              "-jar",
              property("payara.microJar"),
              "--deploy",
              property("canbao.war"),
              "--nocluster",
              "--port",
              Integer.toString(port),
              "--prebootcommandfile",
              property("canbao.preBoot"),
              "--postbootcommandfile",
              property("canbao.postBoot")));
      Path output =
          Path.of(property("canbao.it.reports"), "org.canbao.web.it.SharedServer-output.txt");
      try {
        Files.createDirectories(output.getParent());
        Files.writeString(output, "Starting Payara Micro using cmd: " + command + "\n");
        Process process =
            new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()))
                .start();
        Running server = new Running(process, URI.create("http://127.0.0.1:" + port + "/").toURL());
        server.awaitReady(output);
        return server;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Ready when the application serves its sign-in page (deployed, database migrated). */
    private void awaitReady(Path output) throws IOException {
      Instant deadline =
          Instant.now().plusSeconds(Integer.getInteger("canbao.it.startupSeconds", 300));
      URL login = URI.create(base + "login.xhtml").toURL();
      while (Instant.now().isBefore(deadline)) {
        if (!process.isAlive()) {
          throw new IllegalStateException(
              "The shared Payara Micro stopped while starting (exit "
                  + process.exitValue()
                  + "); see "
                  + output);
        }
        if (answers(login)) {
          return;
        }
        try {
          process.waitFor(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      close();
      throw new IllegalStateException(
          "The shared Payara Micro did not become ready; see " + output);
    }

    private static boolean answers(URL url) {
      try {
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setConnectTimeout(2000);
        connection.setReadTimeout(30000);
        try {
          return connection.getResponseCode() == 200;
        } finally {
          connection.disconnect();
        }
      } catch (IOException notYet) {
        return false;
      }
    }

    @Override
    public void close() {
      process.destroy();
      try {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "System property " + name + " is not set (see modules/web/pom.xml)");
    }
    return value;
  }

  /**
   * A free port in 20000–29999 other than {@code taken}: outside the connector's random range and
   * the ephemeral range, like the port bin/test picks for the Arquillian container.
   */
  private static int freePort(int taken) {
    Random random = new Random();
    for (int i = 0; i < 200; i++) {
      int port = 20000 + random.nextInt(10000);
      if (port == taken) {
        continue;
      }
      try (ServerSocket socket = new ServerSocket(port)) {
        return port;
      } catch (IOException inUse) {
        // try another
      }
    }
    throw new IllegalStateException("No free port in 20000-29999");
  }
}
