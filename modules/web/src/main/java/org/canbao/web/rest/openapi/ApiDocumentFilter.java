package org.canbao.web.rest.openapi;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.File;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.canbao.web.rest.ApiError;
import org.canbao.web.rest.RestApplication;
import org.canbao.web.rest.openapi.RestEndpoints.Endpoint;
import org.canbao.web.rest.openapi.RestEndpoints.Param;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Completes the document Payara generates at {@code /openapi} (registered as {@code
 * mp.openapi.filter} in META-INF/microprofile-config.properties). Payara gives a type a schema only
 * if its class lies in WEB-INF/classes or carries {@code @Schema}; the records of the modules'
 * {@code api} packages come from WEB-INF/lib and became a bare {@code type: object}. This filter
 * rewrites every operation of the resources under {@code /api} from the Java methods themselves
 * ({@link RestEndpoints}): parameters, request body and responses refer to component schemas built
 * from the records by {@link JsonSchemas} (the records stay the one definition), errors 400/403/404
 * carry {@link ApiError}, and HTTP Basic is declared. Operation ids are {@code <resource><Method>}
 * ({@code enrollmentRegister}), unique as OpenAPI requires (Payara's are the bare method names, and
 * {@code create} or {@code get} repeat).
 */
public class ApiDocumentFilter implements OASFilter {
  private static final String BASIC = "basic";

  @Override
  public void filterOpenAPI(OpenAPI api) {
    JsonSchemas schemas = new JsonSchemas(SchemaDocs.load());
    if (api.getPaths() == null) {
      api.setPaths(OASFactory.createPaths());
    }
    for (Endpoint e : RestEndpoints.of(RestApplication.class)) {
      PathItem item = api.getPaths().getPathItem(e.path());
      if (item == null) {
        item = OASFactory.createPathItem();
        api.getPaths().addPathItem(e.path(), item);
      }
      PathItem.HttpMethod http = PathItem.HttpMethod.valueOf(e.httpMethod());
      Operation op = item.getOperations().get(http);
      if (op == null) {
        op = OASFactory.createOperation();
        item.setOperation(http, op);
      }
      describe(op, e, schemas);
    }
    schemas.of(ApiError.class);
    if (api.getComponents() == null) {
      api.setComponents(OASFactory.createComponents());
    }
    Map<String, Schema> components = new LinkedHashMap<>();
    schemas.components().forEach((name, schema) -> components.put(name, toModel(schema)));
    api.getComponents().setSchemas(components);
    api.getComponents()
        .addSecurityScheme(
            BASIC,
            OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("basic")
                .description(
                    "Canbao 账号和密码（与登录页面相同） The accounts and passwords of the sign-in page"));
    api.setSecurity(
        new ArrayList<>(List.of(OASFactory.createSecurityRequirement().addScheme(BASIC))));
    if (api.getInfo() == null) {
      api.setInfo(OASFactory.createInfo().version("1.0.0"));
    }
    api.getInfo()
        .title("Canbao 参保 REST API")
        .description(
            "JSON under /api, HTTP Basic. 错误返回 ApiError：status、message（中文原因）、field（出错字段）。");
  }

  private static void describe(Operation op, Endpoint e, JsonSchemas schemas) {
    Class<?> resource = e.method().getDeclaringClass();
    String prefix = resource.getSimpleName().replaceFirst("Resource$", "");
    String method = e.method().getName();
    op.setOperationId(
        Character.toLowerCase(prefix.charAt(0))
            + prefix.substring(1)
            + Character.toUpperCase(method.charAt(0))
            + method.substring(1));

    List<Parameter> parameters = new ArrayList<>();
    for (Param p : e.parameters()) {
      Schema schema = toModel(schemas.property(p.type(), null, p.name()));
      Parameter param =
          OASFactory.createParameter()
              .name(p.name())
              .in(Parameter.In.valueOf(p.in().toUpperCase()))
              .description(schema.getDescription())
              .schema(schema.description(null));
      if ("path".equals(p.in())) {
        param.required(true);
      }
      parameters.add(param);
    }
    op.setParameters(parameters.isEmpty() ? null : parameters);

    op.setRequestBody(
        e.body() == null
            ? null
            : OASFactory.createRequestBody()
                .required(true)
                .content(content(e.body(), e.consumes(), schemas)));

    APIResponses responses = OASFactory.createAPIResponses();
    Type result = e.method().getGenericReturnType();
    if (result == void.class) {
      responses.addAPIResponse("204", OASFactory.createAPIResponse().description("成功 Done"));
    } else {
      APIResponse ok = OASFactory.createAPIResponse().description("成功 OK");
      if (result != Response.class) {
        ok.content(content(result, e.produces(), schemas));
      }
      responses.addAPIResponse("200", ok);
    }
    responses.addAPIResponse(
        "400", error("规则不满足或请求无效，message 说明原因、field 指出字段 A rule is broken", schemas));
    responses.addAPIResponse(
        "401",
        OASFactory.createAPIResponse()
            .description("未登录或密码错误：请用 HTTP Basic 登录 Missing or wrong credentials"));
    responses.addAPIResponse(
        "403",
        error("无权：角色不允许，或数据不在本人的区域内 Role not allowed, or outside the caller's area", schemas));
    if (!e.parameters().isEmpty() || e.body() != null) {
      responses.addAPIResponse("404", error("所给 id 不存在 An id given does not exist", schemas));
    }
    // answers particular to one operation (429 of the status check), declared on the method itself
    for (org.eclipse.microprofile.openapi.annotations.responses.APIResponse extra :
        e.method()
            .getAnnotationsByType(
                org.eclipse.microprofile.openapi.annotations.responses.APIResponse.class)) {
      responses.addAPIResponse(extra.responseCode(), error(extra.description(), schemas));
    }
    op.setResponses(responses);
  }

  private static APIResponse error(String description, JsonSchemas schemas) {
    return OASFactory.createAPIResponse()
        .description(description)
        .content(
            OASFactory.createContent()
                .addMediaType(
                    MediaType.APPLICATION_JSON,
                    OASFactory.createMediaType().schema(toModel(schemas.of(ApiError.class)))));
  }

  /**
   * The content of a body: raw bytes ({@code InputStream}, {@code byte[]}) as a binary string, sent
   * as application/octet-stream where the method takes any type; a {@code String} taken as any type
   * as text/plain; everything else as JSON.
   */
  private static Content content(Type type, List<String> mediaTypes, JsonSchemas schemas) {
    boolean binary =
        type == InputStream.class
            || type == byte[].class
            || type == File.class
            || type == Reader.class;
    String fallback =
        binary
            ? MediaType.APPLICATION_OCTET_STREAM
            : type == String.class ? MediaType.TEXT_PLAIN : MediaType.APPLICATION_JSON;
    Content content = OASFactory.createContent();
    for (String mediaType : mediaTypes.isEmpty() ? List.of(MediaType.WILDCARD) : mediaTypes) {
      Schema schema =
          binary
              ? OASFactory.createSchema().type(Schema.SchemaType.STRING).format("binary")
              : toModel(schemas.of(type));
      content.addMediaType(
          mediaType.equals(MediaType.WILDCARD) ? fallback : mediaType,
          OASFactory.createMediaType().schema(schema));
    }
    return content;
  }

  /** The MicroProfile model of a JSON Schema as {@link JsonSchemas} writes it. */
  static Schema toModel(JsonObject json) {
    Schema s = OASFactory.createSchema();
    json.forEach(
        (key, value) -> {
          switch (key) {
            case "$ref" -> s.setRef(((JsonString) value).getString());
            case "type" ->
                s.setType(
                    Schema.SchemaType.valueOf(((JsonString) value).getString().toUpperCase()));
            case "format" -> s.setFormat(((JsonString) value).getString());
            case "description" -> s.setDescription(((JsonString) value).getString());
            case "example" -> s.setExample(plain(value));
            case "readOnly" -> s.setReadOnly(value == JsonValue.TRUE);
            case "uniqueItems" -> s.setUniqueItems(value == JsonValue.TRUE);
            case "enum" -> value.asJsonArray().forEach(v -> s.addEnumeration(plain(v)));
            case "required" ->
                value.asJsonArray().forEach(v -> s.addRequired(((JsonString) v).getString()));
            case "items" -> s.setItems(toModel(value.asJsonObject()));
            case "additionalProperties" ->
                s.setAdditionalPropertiesSchema(toModel(value.asJsonObject()));
            case "properties" ->
                value
                    .asJsonObject()
                    .forEach((name, p) -> s.addProperty(name, toModel(p.asJsonObject())));
            default ->
                throw new IllegalArgumentException(
                    "JSON Schema keyword " + key + " is not mapped to the OpenAPI model");
          }
        });
    return s;
  }

  private static Object plain(JsonValue v) {
    return switch (v.getValueType()) {
      case STRING -> ((JsonString) v).getString();
      case NUMBER ->
          ((JsonNumber) v).isIntegral()
              ? (Object) ((JsonNumber) v).longValue()
              : ((JsonNumber) v).bigDecimalValue();
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      default -> null;
    };
  }
}
