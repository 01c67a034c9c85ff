package org.canbao.web.rest.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.canbao.enrollment.api.PaymentDraft;
import org.canbao.kernel.api.IdNumber;
import org.canbao.web.rest.ApiError;
import org.canbao.web.rest.RestApplication;
import org.canbao.web.rest.openapi.RestEndpoints.Endpoint;
import org.junit.jupiter.api.Test;

/** The schemas of the REST API as the OpenAPI document publishes them, built from the records. */
class OpenApiSchemasTest {
  private final SchemaDocs docs = SchemaDocs.load();
  private final JsonSchemas schemas = new JsonSchemas(docs);
  private final List<Endpoint> endpoints = RestEndpoints.of(RestApplication.class);

  /** Builds the schemas of every body, result and parameter, as the filter does. */
  private Map<String, JsonObject> everything() {
    for (Endpoint e : endpoints) {
      if (e.body() != null && e.body() != InputStream.class && e.body() != String.class) {
        schemas.of(e.body());
      }
      if (e.method().getReturnType() != byte[].class
          && e.method().getReturnType() != Response.class) {
        schemas.of(e.method().getGenericReturnType());
      }
      e.parameters().forEach(p -> schemas.property(p.type(), null, p.name()));
    }
    schemas.of(ApiError.class);
    return schemas.components();
  }

  private Endpoint endpoint(String httpMethod, String path) {
    return endpoints.stream()
        .filter(e -> e.httpMethod().equals(httpMethod) && e.path().equals(path))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no " + httpMethod + " " + path + " in " + endpoints));
  }

  @Test
  void registeringAPaymentTakesThePaymentDraftWithItsPropertiesEnumsAndFormats() {
    Endpoint register = endpoint("POST", "/api/enrollments");
    assertThat(register.body()).isEqualTo(PaymentDraft.class);
    assertThat(register.consumes()).containsExactly("application/json");
    assertThat(schemas.of(register.body()).getString("$ref"))
        .isEqualTo("#/components/schemas/PaymentDraft");

    JsonObject draft = schemas.components().get("PaymentDraft");
    JsonObject p = draft.getJsonObject("properties");
    assertThat(p.keySet())
        .containsExactly(
            "personId",
            "year",
            "insuredType",
            "tier",
            "paymentDate",
            "channel",
            "employeeInsuranceLapsedWithin3Months",
            "graduating");
    assertThat(p.getJsonObject("personId").getString("type")).isEqualTo("integer");
    assertThat(p.getJsonObject("personId").getString("format")).isEqualTo("int64");
    assertThat(p.getJsonObject("year").getString("format")).isEqualTo("int32");
    assertThat(p.getJsonObject("paymentDate").getString("format")).isEqualTo("date");
    assertThat(p.getJsonObject("paymentDate").getString("example")).isEqualTo("2022-11-20");
    assertThat(p.getJsonObject("graduating").getString("type")).isEqualTo("boolean");
    assertThat(p.getJsonObject("insuredType").getString("$ref"))
        .isEqualTo("#/components/schemas/InsuredType");
    assertThat(strings(draft, "required"))
        .containsExactlyInAnyOrder(
            "personId", "year", "insuredType", "tier", "paymentDate", "channel");
    assertThat(draft.getString("description")).contains("缴费");

    JsonObject insuredType = schemas.components().get("InsuredType");
    assertThat(insuredType.getString("type")).isEqualTo("string");
    assertThat(strings(insuredType, "enum"))
        .containsExactly("RESIDENT", "COLLEGE_STUDENT", "NEWBORN");
    assertThat(insuredType.getString("description")).contains("RESIDENT 城乡居民");
    assertThat(strings(schemas.components().get("PaymentChannel"), "enum"))
        .contains("WECHAT", "TAX_BUREAU");
  }

  @Test
  void moneyIsANumberWithTwoDecimalsAndListsOfRecordsAreArraysOfReferences() {
    everything();
    JsonObject view = schemas.components().get("EnrollmentView").getJsonObject("properties");
    assertThat(view.getJsonObject("subsidy").getString("type")).isEqualTo("number");
    assertThat(view.getJsonObject("subsidy").getJsonNumber("example").bigDecimalValue())
        .isEqualByComparingTo("350.00");
    assertThat(view.getJsonObject("subsidy").getJsonNumber("example").toString())
        .isEqualTo("350.00");
    assertThat(view.getJsonObject("recordedAt").getString("format")).isEqualTo("date-time");
    JsonObject standards =
        schemas
            .components()
            .get("PolicyData")
            .getJsonObject("properties")
            .getJsonObject("standards");
    assertThat(standards.getString("type")).isEqualTo("array");
    assertThat(standards.getJsonObject("items").getString("$ref"))
        .isEqualTo("#/components/schemas/Standard");
    JsonObject roles =
        schemas.components().get("UserView").getJsonObject("properties").getJsonObject("roles");
    assertThat(roles.getBoolean("uniqueItems")).isTrue();
    JsonObject policy = schemas.components().get("PolicyData").getJsonObject("properties");
    assertThat(policy.getJsonObject("versionNo").getBoolean("readOnly")).isTrue();
  }

  @Test
  void everyOperationHasASchemaAndNoObjectIsLeftWithoutProperties() {
    Map<String, JsonObject> components = everything();
    assertThat(components)
        .containsKeys(
            "PaymentDraft",
            "EnrollmentView",
            "PolicyData",
            "QuoteRequest",
            "Quote",
            "FollowingGuardian",
            "Assignment",
            "GroupAreas",
            "VisitRequest",
            "GroupView",
            "MemberView",
            "IssueView",
            "PersonDetail",
            "ImportView",
            "ImportError",
            "CategoryDraft",
            "RegionView",
            "UserView",
            "ApiError");
    components.forEach(
        (name, schema) -> {
          walk(name, schema, components);
          assertThat(schema.getString("description", null))
              .as("type." + name + " in openapi-docs.properties")
              .isNotBlank();
        });
  }

  /** Every object has properties (or additional properties), every $ref names a component. */
  private static void walk(String where, JsonValue value, Map<String, JsonObject> components) {
    if (value instanceof JsonObject o) {
      if (o.containsKey("$ref")) {
        assertThat(components)
            .as(where)
            .containsKey(o.getString("$ref").substring(JsonSchemas.REF.length()));
      }
      if ("object".equals(o.getString("type", null))) {
        assertThat(
                o.containsKey("additionalProperties") || !o.getJsonObject("properties").isEmpty())
            .as(where + " is a bare object")
            .isTrue();
      }
      o.forEach((k, v) -> walk(where + "." + k, v, components));
    } else if (value != null && value.getValueType() == JsonValue.ValueType.ARRAY) {
      value.asJsonArray().forEach(v -> walk(where, v, components));
    }
  }

  @Test
  void gettersOfARecordArePublishedUnderTheirOwnNameAsJsonBWritesThem() {
    everything();
    JsonObject region = schemas.components().get("RegionView").getJsonObject("properties");
    // Yasson writes RegionView.isLeaf() as "isLeaf" (seen on GET /api/regions/mine); label() is not
    // a getter
    assertThat(region.getJsonObject("isLeaf").getString("type")).isEqualTo("boolean");
    assertThat(region.getJsonObject("isLeaf").getBoolean("readOnly")).isTrue();
    assertThat(region.keySet()).doesNotContain("label", "leaf");
  }

  /** A record with JSON-B annotations, as a DTO might carry them. */
  public record Annotated(
      @JsonbProperty("given_name") String name, @JsonbTransient String secret, long id) {}

  @Test
  void jsonBAnnotationsRenameAndHideProperties() {
    schemas.of(Annotated.class);
    assertThat(schemas.components().get("Annotated").getJsonObject("properties").keySet())
        .containsExactly("given_name", "id");
  }

  @Test
  void aTypeWithoutARuleFailsInsteadOfBecomingABareObject() {
    assertThatThrownBy(() -> schemas.of(Object.class)).hasMessageContaining("java.lang.Object");
  }

  @Test
  void rawBodiesAndPathsAreReadFromTheResourceMethods() {
    Endpoint reverse = endpoint("POST", "/api/enrollments/{id}/reverse");
    assertThat(reverse.body()).isEqualTo(String.class);
    assertThat(reverse.consumes()).containsExactly("*/*");
    assertThat(reverse.parameters())
        .extracting(RestEndpoints.Param::in, RestEndpoints.Param::name)
        .containsExactly(Tuple.tuple("path", "id"));
    assertThat(endpoint("POST", "/api/imports").body()).isEqualTo(InputStream.class);
    assertThat(endpoint("GET", "/api/policies/{id}/songgai.xlsx").produces())
        .containsExactly("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(endpoint("GET", "/api/persons").produces()).containsExactly("application/json");
    assertThat(RestEndpoints.join("api", "/regions/", "{id: \\d+}/children"))
        .isEqualTo("/api/regions/{id}/children");
  }

  @Test
  void everyKeyOfTheDocsNamesASchemaAndPropertyThatExist() {
    Map<String, JsonObject> components = everything();
    Map<String, Set<String>> properties = new HashMap<>();
    Set<String> anyName = new HashSet<>();
    components.forEach(
        (name, schema) -> {
          Set<String> names =
              schema.containsKey("properties")
                  ? schema.getJsonObject("properties").keySet()
                  : Set.of();
          properties.put(name, names);
          anyName.addAll(names);
        });
    endpoints.forEach(e -> e.parameters().forEach(p -> anyName.add(p.name())));
    for (String key : docs.keys()) {
      String[] parts = key.split("\\.", 3);
      switch (parts[0]) {
        case "type", "required", "readOnly" -> assertThat(components).as(key).containsKey(parts[1]);
        case "property", "example" -> {
          if (parts.length == 3) {
            assertThat(properties.get(parts[1])).as(key).isNotNull().contains(parts[2]);
          } else {
            assertThat(anyName).as(key).contains(parts[1]);
          }
        }
        default -> throw new AssertionError("unknown key " + key);
      }
    }
  }

  @Test
  void idNumberExamplesAreValidIdNumbers() {
    for (String name : List.of("idNumber", "guardianIdNumber")) {
      assertThat(IdNumber.isValid(docs.example(null, name))).as(name).isTrue();
    }
  }

  private static List<String> strings(JsonObject o, String key) {
    return o.getJsonArray(key).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  /**
   * JSON-B builds a record from its one constructor: a second constructor on a request body makes
   * every request with it fail (seen: QuoteRequest with a convenience constructor answered every
   * quote 400).
   */
  @Test
  void everyRecordReadFromARequestBodyHasOneConstructor() {
    List<String> ambiguous = new ArrayList<>();
    for (Endpoint e : endpoints) {
      if (e.body() instanceof Class<?> c && c.isRecord() && c.getConstructors().length != 1) {
        ambiguous.add(e.httpMethod() + " " + e.path() + ": " + c.getSimpleName());
      }
    }
    assertThat(ambiguous).isEmpty();
  }
}
