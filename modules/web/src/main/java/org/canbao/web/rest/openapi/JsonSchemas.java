package org.canbao.web.rest.openapi;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * JSON Schemas (the OpenAPI 3.0 dialect) of the Java types the REST resources read and write,
 * derived by reflection so that each record stays the one definition of its JSON. The rules follow
 * what JSON-B (Yasson 3, default configuration, as Payara runs it) writes and reads:
 *
 * <ul>
 *   <li>A record is an object (a component schema named after its simple name, referenced with
 *       {@code $ref}) whose properties are its components, renamed by {@code @JsonbProperty}, left
 *       out by {@code @JsonbTransient}; and, because Yasson treats them as getters of a record
 *       under their own name, its other public no-argument {@code get…}/{@code is…} methods ({@code
 *       RegionView.isLeaf()} is written as {@code "isLeaf"}), read-only since the canonical
 *       constructor does not take them.
 *   <li>Required: components of a primitive number type (a missing one would be read as 0, which no
 *       id, year or count can be) and those listed in the docs ({@code required.<Schema>}). JSON-B
 *       leaves out null values, so any other property may be absent. Properties the server sets are
 *       marked {@code readOnly} in the docs ({@code readOnly.<Schema>}); OpenAPI then requires them
 *       in responses only.
 *   <li>Enums are strings with the constant names JSON-B writes; their description lists each
 *       constant with its {@code label()}.
 *   <li>{@code int} is integer/int32, {@code long} integer/int64, {@code BigDecimal} a number
 *       (money in yuan is written {@code 350.00}), {@code LocalDate} a string/date ({@code
 *       2022-11-20}), {@code Instant} a string/date-time; collections are arrays (sets with unique
 *       items), maps objects with {@code additionalProperties}.
 * </ul>
 *
 * A type outside these rules fails with an exception naming it rather than becoming a bare {@code
 * type: object}; {@code OpenApiSchemasTest} builds every endpoint, so a new DTO that needs a new
 * rule fails the build.
 */
final class JsonSchemas {
  static final String REF = "#/components/schemas/";
  private static final Map<Class<?>, JsonObject> SCALARS = new HashMap<>();

  static {
    JsonObject string = scalar("string", null);
    JsonObject int32 = scalar("integer", "int32");
    JsonObject int64 = scalar("integer", "int64");
    JsonObject bool = scalar("boolean", null);
    for (Class<?> c : new Class<?>[] {String.class, char.class, Character.class}) {
      SCALARS.put(c, string);
    }
    for (Class<?> c :
        new Class<?>[] {
          int.class, Integer.class, short.class, Short.class, byte.class, Byte.class
        }) {
      SCALARS.put(c, int32);
    }
    SCALARS.put(long.class, int64);
    SCALARS.put(Long.class, int64);
    SCALARS.put(boolean.class, bool);
    SCALARS.put(Boolean.class, bool);
    SCALARS.put(BigInteger.class, scalar("integer", null));
    SCALARS.put(BigDecimal.class, scalar("number", null));
    SCALARS.put(double.class, scalar("number", "double"));
    SCALARS.put(Double.class, scalar("number", "double"));
    SCALARS.put(float.class, scalar("number", "float"));
    SCALARS.put(Float.class, scalar("number", "float"));
    SCALARS.put(
        LocalDate.class,
        Json.createObjectBuilder(scalar("string", "date")).add("example", "2022-11-20").build());
    JsonObject dateTime =
        Json.createObjectBuilder(scalar("string", "date-time"))
            .add("example", "2022-11-20T02:30:00Z")
            .build();
    for (Class<?> c : new Class<?>[] {Instant.class, OffsetDateTime.class, ZonedDateTime.class}) {
      SCALARS.put(c, dateTime);
    }
  }

  private final SchemaDocs docs;
  private final Map<String, JsonObject> components = new TreeMap<>();
  private final Map<String, Class<?>> named = new HashMap<>();

  JsonSchemas(SchemaDocs docs) {
    this.docs = docs;
  }

  private static JsonObject scalar(String type, String format) {
    JsonObjectBuilder b = Json.createObjectBuilder().add("type", type);
    if (format != null) {
      b.add("format", format);
    }
    return b.build();
  }

  /**
   * The schema of a value of {@code type}: inline for scalars and arrays, a {@code $ref} for
   * records and enums.
   */
  JsonObject of(Type type) {
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
      Type[] args = p.getActualTypeArguments();
      if (Collection.class.isAssignableFrom(raw)) {
        JsonObjectBuilder array =
            Json.createObjectBuilder().add("type", "array").add("items", of(args[0]));
        return (Set.class.isAssignableFrom(raw) ? array.add("uniqueItems", true) : array).build();
      }
      if (Map.class.isAssignableFrom(raw)
          && (args[0] == String.class || args[0] instanceof Class<?> k && k.isEnum())) {
        return Json.createObjectBuilder()
            .add("type", "object")
            .add("additionalProperties", of(args[1]))
            .build();
      }
    } else if (type instanceof Class<?> c) {
      JsonObject scalar = SCALARS.get(c);
      if (scalar != null) {
        return scalar;
      }
      if (c.isArray() && c != byte[].class) {
        return Json.createObjectBuilder()
            .add("type", "array")
            .add("items", of(c.getComponentType()))
            .build();
      }
      if (c.isEnum()) {
        return ref(c, () -> enumSchema(c));
      }
      if (c.isRecord()) {
        return ref(c, () -> recordSchema(c));
      }
    }
    throw new IllegalArgumentException(
        "No JSON schema rule for "
            + type.getTypeName()
            + " (see JsonSchemas: records, enums, scalars, collections)");
  }

  /**
   * The schema of a property or parameter {@code name} of {@code schema} (null for a parameter),
   * with its docs.
   */
  JsonObject property(Type type, String schema, String name) {
    JsonObject s = of(type);
    if (s.containsKey("$ref")) {
      return s; // OpenAPI 3.0 ignores siblings of $ref: the component carries the description
    }
    JsonObjectBuilder b = Json.createObjectBuilder(s);
    String description = docs.property(schema, name);
    if (description != null) {
      b.add("description", description);
    }
    String example = docs.example(schema, name);
    if (example != null) {
      JsonObject items = s.getJsonObject("items");
      if (items != null && !items.containsKey("$ref")) {
        b.add("items", Json.createObjectBuilder(items).add("example", typed(items, example, name)));
      } else if (items == null) {
        b.add("example", typed(s, example, name));
      }
    }
    return b.build();
  }

  /** The component schemas built so far, by name. */
  Map<String, JsonObject> components() {
    return Collections.unmodifiableMap(components);
  }

  private JsonObject ref(Class<?> c, Supplier<JsonObject> builder) {
    String name = c.getSimpleName();
    Class<?> owner = named.putIfAbsent(name, c);
    if (owner != null && owner != c) {
      throw new IllegalStateException(
          "Two types are named "
              + name
              + " in the OpenAPI document: "
              + owner.getName()
              + " and "
              + c.getName()
              + "; rename one");
    }
    if (owner == null) {
      components.put(name, builder.get());
    }
    return Json.createObjectBuilder().add("$ref", REF + name).build();
  }

  private JsonObject enumSchema(Class<?> e) {
    JsonArrayBuilder values = Json.createArrayBuilder();
    StringBuilder labels = new StringBuilder();
    for (Object constant : e.getEnumConstants()) {
      String name = ((Enum<?>) constant).name();
      values.add(name);
      labels.append(labels.length() == 0 ? "" : "；").append(name);
      String label = label(constant);
      if (label != null) {
        labels.append(' ').append(label);
      }
    }
    String doc = docs.type(e.getSimpleName());
    return Json.createObjectBuilder()
        .add("type", "string")
        .add("enum", values)
        .add("description", (doc == null ? "" : doc + "\n") + "取值 values: " + labels)
        .build();
  }

  private static String label(Object constant) {
    try {
      Method label = ((Enum<?>) constant).getDeclaringClass().getMethod("label");
      return label.getReturnType() == String.class ? (String) label.invoke(constant) : null;
    } catch (NoSuchMethodException e) {
      return null;
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(e);
    }
  }

  private JsonObject recordSchema(Class<?> r) {
    String schema = r.getSimpleName();
    JsonObjectBuilder properties = Json.createObjectBuilder();
    Set<String> names = new LinkedHashSet<>();
    Set<String> required = new LinkedHashSet<>();
    for (RecordComponent c : r.getRecordComponents()) {
      Field field = field(r, c.getName());
      if (annotated(JsonbTransient.class, field, c.getAccessor())) {
        continue;
      }
      String name = jsonName(c.getName(), field, c.getAccessor());
      names.add(name);
      properties.add(name, property(c.getGenericType(), schema, name));
      if (c.getType().isPrimitive() && c.getType() != boolean.class) {
        required.add(name);
      }
    }
    for (Method m : r.getDeclaredMethods()) {
      boolean getter =
          (m.getName().startsWith("get") || m.getName().startsWith("is"))
              && m.getParameterCount() == 0
              && m.getReturnType() != void.class
              && Modifier.isPublic(m.getModifiers())
              && !Modifier.isStatic(m.getModifiers())
              && !m.isSynthetic()
              && !m.isBridge();
      if (getter && field(r, m.getName()) == null && !m.isAnnotationPresent(JsonbTransient.class)) {
        String name = jsonName(m.getName(), null, m);
        names.add(name);
        properties.add(
            name,
            Json.createObjectBuilder(property(m.getGenericReturnType(), schema, name))
                .add("readOnly", true));
      }
    }
    for (String name : docs.required(schema)) {
      known(name, names, "required." + schema, r);
      required.add(name);
    }
    JsonObject props = properties.build();
    for (String name : docs.readOnly(schema)) {
      known(name, names, "readOnly." + schema, r);
      if (props.getJsonObject(name).containsKey("$ref")) {
        throw new IllegalStateException(
            "readOnly." + schema + " names " + name + ", a $ref, which OpenAPI 3.0 cannot mark");
      }
      props =
          Json.createObjectBuilder(props)
              .add(name, Json.createObjectBuilder(props.getJsonObject(name)).add("readOnly", true))
              .build();
    }
    JsonObjectBuilder b = Json.createObjectBuilder().add("type", "object");
    String doc = docs.type(schema);
    if (doc != null) {
      b.add("description", doc);
    }
    b.add("properties", props);
    if (!required.isEmpty()) {
      b.add("required", Json.createArrayBuilder(required));
    }
    return b.build();
  }

  private static void known(String name, Set<String> names, String key, Class<?> r) {
    if (!names.contains(name)) {
      throw new IllegalStateException(
          key + " names " + name + ", which " + r.getName() + " does not have");
    }
  }

  private static Field field(Class<?> r, String name) {
    try {
      return r.getDeclaredField(name);
    } catch (NoSuchFieldException e) {
      return null;
    }
  }

  private static boolean annotated(Class<? extends Annotation> a, AnnotatedElement... elements) {
    for (AnnotatedElement e : elements) {
      if (e != null && e.isAnnotationPresent(a)) {
        return true;
      }
    }
    return false;
  }

  private static String jsonName(String name, Field field, Method accessor) {
    for (AnnotatedElement e : new AnnotatedElement[] {accessor, field}) {
      JsonbProperty p = e == null ? null : e.getAnnotation(JsonbProperty.class);
      if (p != null && !p.value().isEmpty()) {
        return p.value();
      }
    }
    return name;
  }

  /** An example from the docs as the JSON value the schema's type takes. */
  private static JsonValue typed(JsonObject schema, String example, String name) {
    String type = schema.getString("type", "string");
    try {
      return switch (type) {
        case "integer" -> Json.createValue(Long.parseLong(example));
        case "number" -> Json.createValue(new BigDecimal(example));
        case "boolean" -> Boolean.parseBoolean(example) ? JsonValue.TRUE : JsonValue.FALSE;
        default -> Json.createValue(example);
      };
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "example." + name + " = " + example + " is not a " + type, e);
    }
  }
}
