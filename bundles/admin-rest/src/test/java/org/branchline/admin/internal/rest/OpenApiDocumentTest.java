package org.branchline.admin.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.swagger.v3.core.util.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.branchline.admin.json.AdminJson;
import org.branchline.api.calls.CallDisposition;
import org.branchline.api.calls.CallRecord;
import org.branchline.api.directory.DialPattern;
import org.branchline.api.directory.DialPlanFunction;
import org.branchline.api.directory.DialPlanMode;
import org.branchline.api.directory.Extension;
import org.branchline.api.directory.ExtensionKind;
import org.branchline.api.directory.PasswordRequirements;
import org.branchline.api.directory.Presence;
import org.branchline.api.directory.TemplateApplication;
import org.branchline.api.directory.User;
import org.branchline.api.directory.UserTemplate;
import org.branchline.api.licensing.FeatureKey;
import org.branchline.api.licensing.FeatureLicense;
import org.branchline.api.licensing.LicensedFeature;
import org.branchline.api.licensing.ServerIdentity;
import org.branchline.api.network.NetworkConfiguration;
import org.branchline.api.network.NetworkMode;
import org.branchline.api.routing.CallParkSettings;
import org.branchline.api.routing.CallRoute;
import org.branchline.api.routing.CallerIdMatch;
import org.branchline.api.routing.CallerIdRoute;
import org.branchline.api.routing.ConnectionAttempt;
import org.branchline.api.routing.Destination;
import org.branchline.api.routing.DestinationKind;
import org.branchline.api.routing.ExtensionRoutes;
import org.branchline.api.routing.FinalAction;
import org.branchline.api.routing.FinalActionKind;
import org.branchline.api.routing.PresenceRoutes;
import org.branchline.api.routing.RouteSet;
import org.branchline.api.routing.SpeedDial;
import org.branchline.api.security.AdminCaller;
import org.branchline.api.security.Role;
import org.branchline.callrecords.internal.rest.CallRecordsResource;
import org.branchline.directory.internal.rest.DialPlanResource;
import org.branchline.directory.internal.rest.DialPlanView;
import org.branchline.directory.internal.rest.Docs;
import org.branchline.directory.internal.rest.ExtensionsResource;
import org.branchline.directory.internal.rest.Requests.DialPlanBody;
import org.branchline.directory.internal.rest.Requests.ExtensionBody;
import org.branchline.directory.internal.rest.Requests.ExtensionLengthBody;
import org.branchline.directory.internal.rest.Requests.PasswordChangeBody;
import org.branchline.directory.internal.rest.Requests.PresenceBody;
import org.branchline.directory.internal.rest.Requests.TemplateApplicationBody;
import org.branchline.directory.internal.rest.Requests.TemplateBody;
import org.branchline.directory.internal.rest.Requests.TemplateCopyBody;
import org.branchline.directory.internal.rest.Requests.UserBody;
import org.branchline.directory.internal.rest.TemplatesResource;
import org.branchline.directory.internal.rest.UsersResource;
import org.branchline.licensing.internal.rest.FeatureKeysResource;
import org.branchline.network.internal.rest.NetworkResource;
import org.branchline.routing.internal.rest.CallParkResource;
import org.branchline.routing.internal.rest.CallRoutesResource;
import org.branchline.routing.internal.rest.SpeedDialsResource;
import org.branchline.sip.CallAppearance;
import org.branchline.sip.Handset;
import org.branchline.sip.Registration;
import org.branchline.sip.internal.rest.HandsetsResource;
import org.branchline.sip.internal.rest.RegistrationsResource;
import org.branchline.update.RunningSoftware;
import org.branchline.update.Update;
import org.branchline.update.internal.rest.UpdatesResource;
import org.branchline.voicemail.MailboxSummary;
import org.branchline.voicemail.VoicemailAlerts;
import org.branchline.voicemail.internal.rest.AlertsBody;
import org.branchline.voicemail.internal.rest.MailboxesResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document of the REST door, generated as the host generates it ({@link OpenApiDocument#generate}) from
 * every resource of this bundle: complete (ids, summaries, descriptions, tags, responses), self-consistent, true to
 * the JSON that Jackson reads and writes, and still saying everything the hand-written document said
 * ({@code openapi-hand-written.json}, the reference of what must not be lost). The generated document is written to
 * target/openapi.json for a look.
 */
class OpenApiDocumentTest {
    /** The resources the subsystems of the distribution bind to the REST door, and the host's own. */
    static final List<Class<?>> RESOURCES = List.of(MailboxesResource.class, UsersResource.class, TemplatesResource.class,
            ExtensionsResource.class, DialPlanResource.class, NetworkResource.class, HandsetsResource.class,
            RegistrationsResource.class, CallRoutesResource.class, SpeedDialsResource.class, CallParkResource.class,
            CallRecordsResource.class, FeatureKeysResource.class, UpdatesResource.class, OpenApiDocument.class,
            SwaggerUi.class);

    private static final List<String> HTTP_METHODS =
            List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    /** Public, like a WSDL: no login, so no 401, 403 or 429. */
    private static final Set<String> PUBLIC = Set.of("getOpenApiDocument");

    /** Any logged-in user may call these, even one who must change the password first: no 403. */
    private static final Set<String> ANY_LOGGED_IN_USER = Set.of("whoAmI", "changeOwnPassword");

    /** The Java type behind each component schema; its properties are checked against what Jackson uses. */
    private static final Map<String, Class<?>> SCHEMA_TYPES = schemaTypes();

    private static JsonNode document;
    private static JsonNode handWritten;

    @BeforeAll
    static void generate() throws IOException {
        String json = Json.pretty().writeValueAsString(OpenApiDocument.generate(new LinkedHashSet<>(RESOURCES)));
        Files.writeString(Files.createDirectories(Path.of("target")).resolve("openapi.json"), json);
        document = new ObjectMapper().readTree(json);
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream("/openapi-hand-written.json")) {
            handWritten = new ObjectMapper().readTree(in);
        }
    }

    // ---------------------------------------------------------------- operations

    @Test
    void isAnOpenApi30Document() {
        assertTrue(document.path("openapi").asText().startsWith("3.0."), "openapi " + document.path("openapi"));
        assertFalse(document.path("info").path("description").asText().isEmpty(), "info.description");
        assertEquals("/cxf/branchline/api", document.path("servers").path(0).path("url").asText(), "servers");
        assertTrue(document.path("paths").size() > 0, "no paths");
    }

    @Test
    void everyOperationHasAUniqueIdASummaryADescriptionAndATag() {
        List<String> problems = new ArrayList<>();
        Map<String, String> ids = new TreeMap<>();
        operations((where, op) -> {
            String id = op.path("operationId").asText();
            String before = ids.put(id, where);
            if (before != null) {
                problems.add(where + ": operationId " + id + " is also that of " + before);
            }
            for (String field : List.of("operationId", "summary", "description")) {
                if (op.path(field).asText().isBlank()) {
                    problems.add(where + ": no " + field);
                }
            }
            if (op.path("tags").size() != 1) {
                problems.add(where + ": tags " + op.path("tags") + " (one expected)");
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyTagUsedIsDescribed() {
        Map<String, String> described = new TreeMap<>();
        document.path("tags").forEach(t -> described.put(t.path("name").asText(), t.path("description").asText()));
        List<String> problems = new ArrayList<>();
        operations((where, op) -> op.path("tags").forEach(t -> {
            if (described.getOrDefault(t.asText(), "").isBlank()) {
                problems.add(where + ": tag '" + t.asText() + "' has no description in the document's tags");
            }
        }));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyOperationButTheDocumentNeedsALoginAndSaysWhatItAnswers() {
        List<String> problems = new ArrayList<>();
        operations((where, op) -> {
            String id = op.path("operationId").asText();
            JsonNode responses = op.path("responses");
            List<String> success = new ArrayList<>();
            responses.fieldNames().forEachRemaining(code -> {
                if (code.startsWith("2")) {
                    success.add(code);
                }
            });
            if (success.size() != 1) {
                problems.add(where + ": success responses " + success + " (one expected)");
            }
            success.forEach(code -> {
                if (responses.path(code).path("description").asText().isBlank()) {
                    problems.add(where + ": the " + code + " response has no description");
                }
            });
            if (responses.has("default")) {
                problems.add(where + ": has a default response (give each status its @ApiResponse)");
            }
            if (PUBLIC.contains(id)) {
                return;
            }
            Map<String, String> needed = new LinkedHashMap<>();
            needed.put("401", "Unauthorized");
            if (!ANY_LOGGED_IN_USER.contains(id)) {
                needed.put("403", "Forbidden");
            }
            needed.put("429", "TooManyRequests");
            needed.forEach((code, name) -> {
                String ref = responses.path(code).path("$ref").asText();
                if (!ref.equals("#/components/responses/" + name)) {
                    problems.add(where + ": " + code + " is not a $ref to #/components/responses/" + name + " but "
                            + responses.path(code));
                }
            });
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyParameterIsDescribed() {
        List<String> problems = new ArrayList<>();
        operations((where, op) -> {
            Set<String> inPath = new TreeSet<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}:]+)").matcher(where);
            while (m.find()) {
                inPath.add(m.group(1).trim());
            }
            op.path("parameters").forEach(p -> {
                String name = p.path("in").asText() + " parameter " + p.path("name").asText();
                if (p.path("description").asText().isBlank()) {
                    problems.add(where + ": " + name + " has no description");
                }
                if ("path".equals(p.path("in").asText())) {
                    inPath.remove(p.path("name").asText());
                    if (!p.path("required").asBoolean()) {
                        problems.add(where + ": " + name + " is not required");
                    }
                }
            });
            inPath.forEach(name -> problems.add(where + ": path parameter {" + name + "} is not declared"));
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    // ---------------------------------------------------------------- references and components

    @Test
    void everyRefResolves() {
        Set<String> refs = refs();
        assertFalse(refs.isEmpty(), "no $ref found; the walk is broken");
        List<String> broken = refs.stream().filter(r -> !r.startsWith("#/") || document.at(r.substring(1))
                .isMissingNode()).toList();
        assertTrue(broken.isEmpty(), "$refs that do not resolve: " + broken);
    }

    @Test
    void everyComponentIsUsed() {
        Set<String> refs = refs();
        List<String> unused = new ArrayList<>();
        document.path("components").fields().forEachRemaining(kind -> {
            if (!kind.getKey().equals("securitySchemes")) {
                kind.getValue().fieldNames().forEachRemaining(name -> {
                    if (!refs.contains("#/components/" + kind.getKey() + "/" + name)) {
                        unused.add(kind.getKey() + "/" + name);
                    }
                });
            }
        });
        assertTrue(unused.isEmpty(), "components nothing refers to: " + unused);
    }

    // ---------------------------------------------------------------- schemas

    @Test
    void everySchemaAndPropertyIsDescribed() {
        List<String> problems = new ArrayList<>();
        document.path("components").path("schemas").fields().forEachRemaining(s -> {
            if (s.getValue().path("description").asText().isBlank()) {
                problems.add(s.getKey() + " has no description");
            }
            s.getValue().path("properties").fields().forEachRemaining(p -> {
                if (!described(p.getValue())) {
                    problems.add(s.getKey() + "." + p.getKey() + " has no description");
                }
            });
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Described itself, or a bare $ref (OpenAPI 3.0 ignores a $ref's siblings) to a described schema. */
    private static boolean described(JsonNode property) {
        if (!property.path("description").asText().isBlank()) {
            return true;
        }
        String ref = property.path("$ref").asText();
        return !ref.isEmpty() && !document.at(ref.substring(1)).path("description").asText().isBlank();
    }

    @Test
    void requiredPropertiesAreDeclared() {
        List<String> problems = new ArrayList<>();
        document.path("components").path("schemas").fields().forEachRemaining(s -> s.getValue().path("required")
                .forEach(r -> {
                    if (!s.getValue().path("properties").has(r.asText())) {
                        problems.add(s.getKey() + " requires " + r.asText() + ", which it does not declare");
                    }
                }));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everySchemaIsMappedToItsJavaType() {
        Set<String> names = new TreeSet<>();
        document.path("components").path("schemas").fieldNames().forEachRemaining(names::add);
        names.removeAll(SCHEMA_TYPES.keySet());
        names.remove("PresenceInput"); // text or a Presence: no properties to compare
        assertTrue(names.isEmpty(), "schemas this test does not know the Java type of (add them to schemaTypes()): "
                + names);
    }

    @Test
    void schemasHaveThePropertiesJacksonUses() throws IOException {
        ObjectMapper json = AdminJson.mapper();
        JsonNode schemas = document.path("components").path("schemas");
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Class<?>> e : SCHEMA_TYPES.entrySet()) {
            String name = e.getKey();
            Class<?> type = e.getValue();
            JsonNode schema = schemas.get(name);
            if (schema == null) {
                problems.add("components/schemas/" + name + " is missing");
                continue;
            }
            if (type.isEnum()) {
                Set<String> expected = new TreeSet<>();
                for (Object constant : type.getEnumConstants()) {
                    expected.add(json.convertValue(constant, String.class));
                }
                Set<String> actual = texts(schema.path("enum"));
                if (!expected.equals(actual)) {
                    problems.add(name + ": enum " + actual + " but Jackson writes " + expected + " for "
                            + type.getSimpleName());
                }
                continue;
            }
            Set<String> expected = jacksonProperties(json, type, name.endsWith("Request"));
            Set<String> actual = new TreeSet<>();
            schema.path("properties").fieldNames().forEachRemaining(actual::add);
            if (!expected.equals(actual)) {
                problems.add(name + ": properties " + actual + " but Jackson uses " + expected + " for "
                        + type.getSimpleName());
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void dialPlanDigitsAreKeyedByFunction() {
        Set<String> expected = Arrays.stream(DialPlanFunction.values()).map(DialPlanFunction::field)
                .collect(Collectors.toCollection(TreeSet::new));
        JsonNode digits = document.path("components").path("schemas").path("DialPlanDigits");
        Set<String> actual = new TreeSet<>();
        digits.path("properties").fieldNames().forEachRemaining(actual::add);
        assertEquals(expected, actual, "DialPlanDigits properties");
        assertFalse(digits.path("additionalProperties").asBoolean(true), "DialPlanDigits takes no other keys");
        for (String schema : List.of("DialPlan", "DialPlanRequest")) {
            assertEquals("#/components/schemas/DialPlanDigits", document.path("components").path("schemas")
                    .path(schema).path("properties").path("digits").path("$ref").asText(), schema + ".digits");
        }
    }

    @Test
    void roleHoldersAreKeyedByRole() {
        Set<String> expected = Arrays.stream(Role.values()).map(Role::name)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> actual = new TreeSet<>();
        document.path("components").path("schemas").path("RoleHolders").path("properties").fieldNames()
                .forEachRemaining(actual::add);
        assertEquals(expected, actual, "RoleHolders properties");
    }

    @Test
    void presencesInRequestsAreTextOrAPresence() {
        JsonNode input = document.path("components").path("schemas").path("PresenceInput");
        assertEquals(Set.of("#/components/schemas/Presence"), refsIn(input.path("anyOf")), "PresenceInput.anyOf");
        JsonNode schemas = document.path("components").path("schemas");
        String ref = "#/components/schemas/PresenceInput";
        assertEquals(ref, schemas.path("PresenceRequest").path("properties").path("presence").path("$ref").asText());
        assertEquals(ref, schemas.path("UserRequest").path("properties").path("presence").path("$ref").asText());
        assertEquals(ref, schemas.path("RoutesRequest").path("properties").path("presences").path("items")
                .path("$ref").asText());
    }

    // ---------------------------------------------------------------- against the hand-written document

    @Test
    void keepsEveryOperationOfTheHandWrittenDocument() {
        List<String> problems = new ArrayList<>();
        int compared = 0;
        for (Map.Entry<String, JsonNode> path : iterable(handWritten.path("paths"))) {
            for (String method : HTTP_METHODS) {
                JsonNode old = path.getValue().get(method);
                if (old == null) {
                    continue;
                }
                compared++;
                String where = method.toUpperCase() + " " + path.getKey();
                JsonNode now = document.path("paths").path(path.getKey()).get(method);
                if (now == null) {
                    problems.add(where + " (" + old.path("operationId").asText() + ") is gone");
                    continue;
                }
                if (!old.path("operationId").equals(now.path("operationId"))) {
                    problems.add(where + ": operationId " + now.path("operationId") + ", was "
                            + old.path("operationId"));
                }
                Set<String> oldCodes = names(old.path("responses"));
                Set<String> newCodes = names(now.path("responses"));
                if (!newCodes.contains("503")) {
                    oldCodes.remove("503"); // its subsystem's resource is there only while the subsystem is
                }
                if (!oldCodes.equals(newCodes)) {
                    problems.add(where + ": responses " + newCodes + ", were " + oldCodes);
                }
                if (!old.path("tags").equals(now.path("tags"))) {
                    problems.add(where + ": tags " + now.path("tags") + ", were " + old.path("tags"));
                }
                if (old.has("requestBody") != now.has("requestBody")) {
                    problems.add(where + ": request body " + (now.has("requestBody") ? "added" : "lost"));
                }
                Set<String> oldParameters = parameterNames(old);
                Set<String> newParameters = parameterNames(now);
                if (!oldParameters.equals(newParameters)) {
                    problems.add(where + ": parameters " + newParameters + ", were " + oldParameters);
                }
            }
        }
        assertTrue(compared > 50, "compared only " + compared + " operations; the walk is broken");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void documentsNoOperationTheHandWrittenDocumentDidNot() {
        List<String> added = new ArrayList<>();
        operations((where, op) -> {
            String[] parts = where.split(" ", 2);
            if (handWritten.path("paths").path(parts[1]).get(parts[0].toLowerCase()) == null) {
                added.add(where);
            }
        });
        assertTrue(added.isEmpty(), "operations the hand-written document did not have: " + added);
    }

    // ---------------------------------------------------------------- helpers

    /** Each operation of the generated document, as "GET /v1/users" and its object. */
    private static void operations(BiConsumer<String, JsonNode> visit) {
        for (Map.Entry<String, JsonNode> path : iterable(document.path("paths"))) {
            for (String method : HTTP_METHODS) {
                JsonNode op = path.getValue().get(method);
                if (op != null) {
                    visit.accept(method.toUpperCase() + " " + path.getKey(), op);
                }
            }
        }
    }

    private static Set<String> parameterNames(JsonNode operation) {
        Set<String> out = new TreeSet<>();
        operation.path("parameters").forEach(p -> {
            JsonNode parameter = p.has("$ref") ? handWritten.at(p.path("$ref").asText().substring(1)) : p;
            out.add(parameter.path("in").asText() + ":" + parameter.path("name").asText());
        });
        return out;
    }

    private static Set<String> refs() {
        Set<String> refs = new TreeSet<>();
        walk(document, node -> {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual()) {
                refs.add(ref.asText());
            }
        });
        return refs;
    }

    private static Set<String> refsIn(JsonNode node) {
        Set<String> refs = new TreeSet<>();
        walk(node, n -> {
            if (n.has("$ref")) {
                refs.add(n.path("$ref").asText());
            }
        });
        return refs;
    }

    private static void walk(JsonNode node, Consumer<JsonNode> visit) {
        if (node.isObject()) {
            visit.accept(node);
        }
        node.elements().forEachRemaining(child -> walk(child, visit));
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode object) {
        return object::fields;
    }

    private static Set<String> names(JsonNode object) {
        Set<String> out = new TreeSet<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> out = new TreeSet<>();
        array.elements().forEachRemaining(e -> out.add(e.asText()));
        return out;
    }

    private static Set<String> jacksonProperties(ObjectMapper json, Class<?> type, boolean request) {
        var javaType = json.constructType(type);
        List<BeanPropertyDefinition> properties = request
                ? json.getDeserializationConfig().introspect(javaType).findProperties()
                : json.getSerializationConfig().introspect(javaType).findProperties();
        return properties.stream().filter(p -> request ? p.couldDeserialize() : p.couldSerialize())
                .map(BeanPropertyDefinition::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    /** A request body record of another subsystem's resources (package-private there). */
    private static Class<?> request(String restPackage, String record) {
        try {
            return Class.forName(restPackage + ".Requests$" + record);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Class<?>> schemaTypes() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        // responses
        m.put("Error", ErrorBody.class);
        m.put("User", User.class);
        m.put("UserTemplate", UserTemplate.class);
        m.put("Extension", Extension.class);
        m.put("DialPlan", DialPlanView.class);
        m.put("DialPattern", DialPattern.class);
        m.put("PasswordRequirements", PasswordRequirements.class);
        m.put("Caller", AdminCaller.class);
        m.put("NetworkConfiguration", NetworkConfiguration.class);
        m.put("Handset", Handset.class);
        m.put("CallAppearance", CallAppearance.class);
        m.put("Registration", Registration.class);
        m.put("ExtensionRoutes", ExtensionRoutes.class);
        m.put("PresenceRoutes", PresenceRoutes.class);
        m.put("CallerIdRoute", CallerIdRoute.class);
        m.put("CallerIdMatch", CallerIdMatch.class);
        m.put("RouteSet", RouteSet.class);
        m.put("CallRoute", CallRoute.class);
        m.put("ConnectionAttempt", ConnectionAttempt.class);
        m.put("Destination", Destination.class);
        m.put("FinalAction", FinalAction.class);
        m.put("SpeedDial", SpeedDial.class);
        m.put("CallParkSettings", CallParkSettings.class);
        m.put("CallRecord", CallRecord.class);
        m.put("FeatureKeysListing", FeatureKeysResource.Listing.class);
        m.put("ServerIdentity", ServerIdentity.class);
        m.put("FeatureKey", FeatureKey.class);
        m.put("FeatureLicense", FeatureLicense.class);
        m.put("UpdatesListing", UpdatesResource.Listing.class);
        m.put("RunningSoftware", RunningSoftware.class);
        m.put("Update", Update.class);
        m.put("MailboxSummary", MailboxSummary.class);
        m.put("VoicemailAlerts", VoicemailAlerts.class);
        m.put("VoicemailAlertsLevel", VoicemailAlerts.Level.class);
        m.put("VoicemailAlertsRequest", AlertsBody.class);
        m.put("VoicemailAlertsLevelRequest", AlertsBody.LevelBody.class);
        // maps described as objects (their keys are checked by the tests above, against the enums)
        m.put("DialPlanDigits", Docs.DialPlanDigits.class);
        m.put("RoleHolders", Docs.RoleHolders.class);
        // requests
        m.put("UserRequest", UserBody.class);
        m.put("PresenceRequest", PresenceBody.class);
        m.put("TemplateApplicationRequest", TemplateApplicationBody.class);
        m.put("PasswordChangeRequest", PasswordChangeBody.class);
        m.put("TemplateCopyRequest", TemplateCopyBody.class);
        m.put("TemplateRequest", TemplateBody.class);
        m.put("ExtensionRequest", ExtensionBody.class);
        m.put("DialPlanRequest", DialPlanBody.class);
        m.put("ExtensionLengthRequest", ExtensionLengthBody.class);
        m.put("HandsetRequest", request("org.branchline.sip.internal.rest", "HandsetBody"));
        m.put("LineOwnerRequest", request("org.branchline.sip.internal.rest", "LineOwnerBody"));
        m.put("RoutesRequest", request("org.branchline.routing.internal.rest", "RoutesBody"));
        m.put("CallerIdRouteRequest", request("org.branchline.routing.internal.rest", "CallerIdRouteBody"));
        m.put("RouteSetRequest", request("org.branchline.routing.internal.rest", "RouteSetBody"));
        m.put("CallRouteRequest", request("org.branchline.routing.internal.rest", "CallRouteBody"));
        m.put("ConnectionAttemptRequest", request("org.branchline.routing.internal.rest", "AttemptBody"));
        m.put("DestinationRequest", request("org.branchline.routing.internal.rest", "DestinationBody"));
        m.put("SpeedDialRequest", request("org.branchline.routing.internal.rest", "SpeedDialBody"));
        m.put("CallParkRequest", request("org.branchline.routing.internal.rest", "CallParkBody"));
        // enumerations
        m.put("Presence", Presence.class);
        m.put("Role", Role.class);
        m.put("ExtensionKind", ExtensionKind.class);
        m.put("TemplateApplication", TemplateApplication.class);
        m.put("DialPlanMode", DialPlanMode.class);
        m.put("DialPlanFunction", DialPlanFunction.class);
        m.put("NetworkMode", NetworkMode.class);
        m.put("DestinationKind", DestinationKind.class);
        m.put("FinalActionKind", FinalActionKind.class);
        m.put("CallDisposition", CallDisposition.class);
        m.put("LicensedFeature", LicensedFeature.class);
        m.put("FeatureKeyState", FeatureKey.State.class);
        m.put("UpdateKind", Update.Kind.class);
        return m;
    }
}
