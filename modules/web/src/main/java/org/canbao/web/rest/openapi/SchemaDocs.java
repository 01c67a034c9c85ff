package org.canbao.web.rest.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The prose of the OpenAPI document: descriptions, examples and the properties a caller must send
 * beyond the primitive numbers, read from {@code openapi-docs.properties} (UTF-8) next to this
 * class. Keys: {@code type.<Schema>}, {@code property.<name>} or {@code property.<Schema>.<name>}
 * (also for parameters of that name), {@code example.<name>} or {@code example.<Schema>.<name>},
 * and {@code required.<Schema>} and {@code readOnly.<Schema>} (comma-separated lists). The shape of
 * every type comes from the Java record alone; {@code OpenApiSchemasTest} checks that every key
 * here names a schema and property that exist.
 */
final class SchemaDocs {
  private final Properties texts;

  private SchemaDocs(Properties texts) {
    this.texts = texts;
  }

  static SchemaDocs load() {
    Properties p = new Properties();
    try (InputStream in = SchemaDocs.class.getResourceAsStream("openapi-docs.properties")) {
      if (in != null) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SchemaDocs(p);
  }

  String type(String schema) {
    return texts.getProperty("type." + schema);
  }

  /**
   * The description of a property (or, with a null schema, a parameter): the schema's own, else the
   * one for the name.
   */
  String property(String schema, String name) {
    return lookup("property.", schema, name);
  }

  String example(String schema, String name) {
    return lookup("example.", schema, name);
  }

  private String lookup(String prefix, String schema, String name) {
    String own = schema == null ? null : texts.getProperty(prefix + schema + "." + name);
    return own != null ? own : texts.getProperty(prefix + name);
  }

  List<String> required(String schema) {
    return list("required." + schema);
  }

  /** Properties the server sets and ignores in requests (an id, a version number). */
  List<String> readOnly(String schema) {
    return list("readOnly." + schema);
  }

  private List<String> list(String key) {
    return Arrays.stream(texts.getProperty(key, "").split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  Set<String> keys() {
    return texts.stringPropertyNames();
  }
}
