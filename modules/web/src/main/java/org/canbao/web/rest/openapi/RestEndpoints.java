package org.canbao.web.rest.openapi;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Context;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The resource methods of a JAX-RS application, found by reflection: every class annotated
 * {@code @Path} in the application class's package (and below), every public method with an HTTP
 * method annotation. Paths are written as in the OpenAPI document ({@code
 * /api/enrollments/{id}/reverse}).
 */
final class RestEndpoints {
  private static final List<Class<? extends Annotation>> NOT_THE_BODY =
      List.of(
          PathParam.class,
          QueryParam.class,
          HeaderParam.class,
          CookieParam.class,
          FormParam.class,
          MatrixParam.class,
          BeanParam.class,
          Context.class);

  private RestEndpoints() {}

  /**
   * One resource method: its path and HTTP method, its path, query and header parameters, the type
   * of its entity parameter (null if none) and the media types it consumes and produces.
   */
  record Endpoint(
      String path,
      String httpMethod,
      Method method,
      List<Param> parameters,
      Type body,
      List<String> consumes,
      List<String> produces) {}

  /** A parameter outside the body: {@code in} is "path", "query" or "header". */
  record Param(String in, String name, Type type) {
    static Param of(Parameter p) {
      if (p.isAnnotationPresent(PathParam.class)) {
        return new Param(
            "path", p.getAnnotation(PathParam.class).value(), p.getParameterizedType());
      }
      if (p.isAnnotationPresent(QueryParam.class)) {
        return new Param(
            "query", p.getAnnotation(QueryParam.class).value(), p.getParameterizedType());
      }
      if (p.isAnnotationPresent(HeaderParam.class)) {
        return new Param(
            "header", p.getAnnotation(HeaderParam.class).value(), p.getParameterizedType());
      }
      return null;
    }
  }

  /** The endpoints of {@code application}, sorted by path and HTTP method. */
  static List<Endpoint> of(Class<? extends Application> application) {
    ApplicationPath root = application.getAnnotation(ApplicationPath.class);
    String base = root == null ? "" : root.value();
    List<Endpoint> endpoints = new ArrayList<>();
    for (Class<?> resource : classesBelow(application)) {
      if (!resource.isAnnotationPresent(Path.class)) {
        continue;
      }
      for (Method m : resource.getMethods()) {
        String http = httpMethod(m);
        if (http == null) {
          continue;
        }
        String path =
            join(
                base,
                resource.getAnnotation(Path.class).value(),
                m.isAnnotationPresent(Path.class) ? m.getAnnotation(Path.class).value() : "");
        Type body = null;
        List<Param> params = new ArrayList<>();
        for (Parameter p : m.getParameters()) {
          Param param = Param.of(p);
          if (param != null) {
            params.add(param);
          } else if (NOT_THE_BODY.stream().noneMatch(p::isAnnotationPresent)) {
            body = p.getParameterizedType();
          }
        }
        endpoints.add(
            new Endpoint(
                path,
                http,
                m,
                List.copyOf(params),
                body,
                mediaTypes(m.getAnnotation(Consumes.class), resource.getAnnotation(Consumes.class)),
                mediaTypes(
                    m.getAnnotation(Produces.class), resource.getAnnotation(Produces.class))));
      }
    }
    endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::httpMethod));
    return endpoints;
  }

  private static String httpMethod(Method m) {
    for (Annotation a : m.getAnnotations()) {
      HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return http.value();
      }
    }
    return null;
  }

  /** "/api" + "enrollments" + "{id: \\d+}/reverse" as "/api/enrollments/{id}/reverse". */
  static String join(String... parts) {
    StringBuilder b = new StringBuilder();
    for (String part : parts) {
      for (String segment : part.split("/")) {
        if (!segment.isBlank()) {
          b.append('/')
              .append(segment.strip().replaceAll("^\\{\\s*([^:}\\s]+)\\s*:.*\\}$", "{$1}"));
        }
      }
    }
    return b.length() == 0 ? "/" : b.toString();
  }

  /** The method's media types, else the class's, without parameters such as {@code charset}. */
  private static List<String> mediaTypes(Annotation onMethod, Annotation onClass) {
    Annotation a = onMethod != null ? onMethod : onClass;
    String[] values =
        a instanceof Consumes c ? c.value() : a instanceof Produces p ? p.value() : new String[0];
    return Arrays.stream(values)
        .flatMap(v -> Arrays.stream(v.split(",")))
        .map(v -> v.split(";")[0].strip())
        .filter(v -> !v.isEmpty())
        .distinct()
        .toList();
  }

  /**
   * The classes in the package of {@code anchor} and its sub-packages, read from the class loader's
   * directory or jar (Payara deploys the WAR exploded; a unit test reads target/classes).
   */
  static List<Class<?>> classesBelow(Class<?> anchor) {
    String pkg = anchor.getPackageName();
    String dir = pkg.replace('.', '/');
    TreeSet<String> names = new TreeSet<>();
    try {
      Enumeration<URL> roots = anchor.getClassLoader().getResources(dir);
      while (roots.hasMoreElements()) {
        URL url = roots.nextElement();
        if ("file".equals(url.getProtocol())) {
          java.nio.file.Path start = Paths.get(url.toURI());
          try (Stream<java.nio.file.Path> files = Files.walk(start)) {
            files
                .map(f -> start.relativize(f).toString().replace(File.separatorChar, '/'))
                .filter(f -> f.endsWith(".class"))
                .forEach(
                    f -> names.add(pkg + "." + f.substring(0, f.length() - 6).replace('/', '.')));
          }
        } else if ("jar".equals(url.getProtocol())) {
          JarURLConnection jar = (JarURLConnection) url.openConnection();
          jar.setUseCaches(false);
          try (JarFile file = jar.getJarFile()) {
            for (JarEntry e : Collections.list(file.entries())) {
              if (e.getName().startsWith(dir + "/") && e.getName().endsWith(".class")) {
                names.add(e.getName().substring(0, e.getName().length() - 6).replace('/', '.'));
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<Class<?>> classes = new ArrayList<>();
    for (String name : names) {
      try {
        Class<?> c = Class.forName(name, false, anchor.getClassLoader());
        if (Modifier.isPublic(c.getModifiers()) && !c.isMemberClass()) {
          classes.add(c);
        }
      } catch (ClassNotFoundException | LinkageError e) {
        // not a class this loader can give (e.g. a test class): not a resource
      }
    }
    return classes;
  }
}
