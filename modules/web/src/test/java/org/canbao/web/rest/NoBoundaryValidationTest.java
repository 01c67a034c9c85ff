package org.canbao.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Bodies are checked by the facades, after the caller's permission (the kernel's permission
 * interceptor): a resource that validated its body itself ({@code @Valid}) would answer a caller
 * without the right 400 about the content instead of 403.
 */
class NoBoundaryValidationTest {
  @Test
  void noResourceMethodValidatesItsBodyBeforeTheFacade() throws Exception {
    List<String> found = new ArrayList<>();
    for (Class<?> resource : resources()) {
      for (Method m : resource.getDeclaredMethods()) {
        for (Parameter p : m.getParameters()) {
          if (p.isAnnotationPresent(Valid.class)) {
            found.add(resource.getSimpleName() + "." + m.getName());
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void theResourcesAreFound() throws Exception {
    assertThat(resources()).contains(EnrollmentResource.class, SupervisionResource.class);
  }

  private static List<Class<?>> resources()
      throws IOException, URISyntaxException, ClassNotFoundException {
    var dir =
        Paths.get(EnrollmentResource.class.getResource("EnrollmentResource.class").toURI())
            .getParent();
    List<Class<?>> found = new ArrayList<>();
    try (Stream<java.nio.file.Path> files = Files.list(dir)) {
      for (java.nio.file.Path f : files.toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".class") && !name.contains("$")) {
          Class<?> c = Class.forName("org.canbao.web.rest." + name.replace(".class", ""));
          if (c.isAnnotationPresent(Path.class)) {
            found.add(c);
          }
        }
      }
    }
    return found;
  }
}
