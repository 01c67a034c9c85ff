package org.canbao.web.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * persistence.xml lists entity classes explicitly; this keeps the list equal to the @Entity
 * classes.
 */
class PersistenceUnitTest {
  @Test
  void everyEntityIsListedAndHibernateIsTheProvider() throws Exception {
    String xml;
    try (InputStream in = getClass().getResourceAsStream("/META-INF/persistence.xml")) {
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Set<String> listed =
        Pattern.compile("<class>([^<]+)</class>")
            .matcher(xml)
            .results()
            .map(m -> m.group(1).strip())
            .collect(Collectors.toSet());
    Set<String> entities =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.canbao")
                .stream()
                .filter(c -> c.isAnnotatedWith(Entity.class))
                .map(JavaClass::getName)
                .collect(Collectors.toSet());
    assertThat(listed).containsExactlyInAnyOrderElementsOf(entities);
    Matcher provider = Pattern.compile("<provider>([^<]+)</provider>").matcher(xml);
    assertThat(provider.find()).isTrue();
    assertThat(provider.group(1)).isEqualTo("org.hibernate.jpa.HibernatePersistenceProvider");
  }
}
