package org.canbao.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * On a cluster (bin/cluster) the view-scoped beans live in the replicated HTTP session: every field
 * a bean keeps (and every field of what it holds, down to the JDK's types) must be Serializable, or
 * the session cannot be copied to the other node and a fail-over loses the page. Injected fields
 * are container proxies and exempt.
 */
class ReplicatedStateTest {

  @Test
  void everythingAViewScopedBeanHoldsIsSerializable() {
    List<Class<?>> beans =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.canbao.web")
                .stream()
                .filter(c -> c.isAnnotatedWith(ViewScoped.class))
                .map(JavaClass::reflect)
                .toList();
    assertFalse(beans.size() < 20, "view-scoped beans found: " + beans.size());
    List<String> problems = new ArrayList<>();
    Set<Type> seen = new HashSet<>();
    for (Class<?> bean : beans) {
      check(bean, bean.getSimpleName(), seen, problems);
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theCheckFindsAFieldThatCannotBeCopied() {
    List<String> problems = new ArrayList<>();
    check(Holder.class, "Holder", new HashSet<>(), problems);
    assertEquals(List.of("Holder.held: Held is not Serializable"), problems);
  }

  static class Holder implements Serializable {
    @Inject Object injected;
    transient Object skipped;
    String fine;
    List<Held> held;
  }

  record Held(String name) {}

  private static void check(Type type, String path, Set<Type> seen, List<String> problems) {
    if (!seen.add(type)) {
      return;
    }
    if (type instanceof ParameterizedType p) {
      check(p.getRawType(), path, seen, problems);
      for (Type arg : p.getActualTypeArguments()) {
        seen.remove(arg); // the same argument may sit at another path
        check(arg, path, seen, problems);
      }
      return;
    }
    if (type instanceof GenericArrayType a) {
      check(a.getGenericComponentType(), path, seen, problems);
      return;
    }
    if (!(type instanceof Class<?> c)) {
      return; // a type variable or wildcard: its bound is checked where it is used
    }
    if (c.isArray()) {
      check(c.getComponentType(), path, seen, problems);
      return;
    }
    if (c.isPrimitive()
        || c.isEnum()
        || c == String.class
        || Number.class.isAssignableFrom(c)
        || Temporal.class.isAssignableFrom(c)
        || c == Boolean.class
        || c.isInterface() && !c.getName().startsWith("org.canbao.")) {
      // the JDK's own values; a library's interface (List, Map, PrimeFaces' TreeNode) has its
      // implementation chosen at run time (ArrayList, DefaultTreeNode: Serializable) and its
      // elements checked by its type arguments
      return;
    }
    if (!Serializable.class.isAssignableFrom(c)) {
      problems.add(path + ": " + c.getSimpleName() + " is not Serializable");
      return;
    }
    if (!c.getName().startsWith("org.canbao.")) {
      return; // a library's Serializable type (PrimeFaces' data models, tree nodes)
    }
    // the fields of our own classes; a library superclass (LazyDataModel) is Serializable as a
    // whole
    for (Class<?> k = c;
        k != null && k.getName().startsWith("org.canbao.");
        k = k.getSuperclass()) {
      for (Field f : k.getDeclaredFields()) {
        int m = f.getModifiers();
        if (Modifier.isStatic(m)
            || Modifier.isTransient(m)
            || f.isAnnotationPresent(Inject.class)
            || f.isAnnotationPresent(EJB.class)
            || f.isSynthetic()) {
          continue;
        }
        check(f.getGenericType(), path + "." + f.getName(), seen, problems);
      }
    }
  }
}
