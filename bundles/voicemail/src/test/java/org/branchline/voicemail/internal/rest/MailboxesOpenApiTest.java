package org.branchline.voicemail.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.branchline.admin.json.AdminJson;
import org.branchline.voicemail.MailboxSummary;
import org.branchline.voicemail.VoicemailAlerts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI description of {@link MailboxesResource}, generated as the REST door generates it (swagger's reader,
 * schemas named by the admin JSON mapper): complete, true to the JSON, and saying everything the hand-written
 * document said of the mailboxes ({@code openapi-hand-written-mailboxes.json}). The shared error responses live in
 * the admin host's base document; here they only have to be among its names.
 */
class MailboxesOpenApiTest {
    private static final Set<String> SHARED_RESPONSES = Set.of("BadRequest", "Unauthorized", "Forbidden", "NotFound",
            "Conflict", "TooManyRequests", "FeatureNotInstalled");
    private static final List<String> HTTP_METHODS = List.of("get", "put", "post", "delete");
    private static final Map<String, Class<?>> SCHEMA_TYPES = Map.of("MailboxSummary", MailboxSummary.class,
            "VoicemailAlerts", VoicemailAlerts.class, "VoicemailAlertsLevel", VoicemailAlerts.Level.class,
            "VoicemailAlertsRequest", AlertsBody.class, "VoicemailAlertsLevelRequest", AlertsBody.LevelBody.class);

    private static JsonNode document;
    private static JsonNode handWritten;

    @BeforeAll
    static void generate() throws IOException {
        ModelConverters.getInstance().addConverter(new ModelResolver(AdminJson.mapper()));
        Reader reader = new Reader(new SwaggerConfiguration().openAPI(new OpenAPI()).readAllResources(true));
        document = new ObjectMapper().readTree(Json.mapper().writeValueAsString(
                reader.read(Set.of(MailboxesResource.class))));
        try (InputStream in = MailboxesOpenApiTest.class.getResourceAsStream("/openapi-hand-written-mailboxes.json")) {
            handWritten = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everyOperationIsDescribedTaggedAndNeedsALogin() {
        List<String> problems = new ArrayList<>();
        JsonNode tags = document.path("tags");
        assertEquals(1, tags.size(), "tags " + tags);
        assertFalse(tags.path(0).path("description").asText().isBlank(), "the Voicemail tag has no description");
        operations((where, op) -> {
            for (String field : List.of("operationId", "summary", "description")) {
                if (op.path(field).asText().isBlank()) {
                    problems.add(where + ": no " + field);
                }
            }
            if (op.path("tags").size() != 1 || !op.path("tags").path(0).equals(tags.path(0).path("name"))) {
                problems.add(where + ": tags " + op.path("tags"));
            }
            JsonNode responses = op.path("responses");
            Map.of("401", "Unauthorized", "403", "Forbidden", "429", "TooManyRequests", "503", "FeatureNotInstalled")
                    .forEach((code, name) -> {
                        if (!responses.path(code).path("$ref").asText().equals("#/components/responses/" + name)) {
                            problems.add(where + ": " + code + " is not a $ref to " + name);
                        }
                    });
            List<String> success = new ArrayList<>();
            responses.fieldNames().forEachRemaining(c -> {
                if (c.startsWith("2")) {
                    success.add(c);
                }
            });
            if (success.size() != 1 || responses.path(success.get(0)).path("description").asText().isBlank()) {
                problems.add(where + ": success responses " + success + " (one, described, expected)");
            }
            op.path("parameters").forEach(p -> {
                if (p.path("description").asText().isBlank()) {
                    problems.add(where + ": parameter " + p.path("name").asText() + " has no description");
                }
            });
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyRefResolvesHereOrInTheHostsBase() {
        List<String> broken = new ArrayList<>();
        walk(document, node -> {
            String ref = node.path("$ref").asText();
            if (ref.isEmpty()) {
                return;
            }
            String response = "#/components/responses/";
            boolean ok = ref.startsWith(response) ? SHARED_RESPONSES.contains(ref.substring(response.length()))
                    : ref.startsWith("#/") && !document.at(ref.substring(1)).isMissingNode();
            if (!ok) {
                broken.add(ref);
            }
        });
        assertTrue(broken.isEmpty(), "$refs that do not resolve: " + broken);
    }

    @Test
    void schemasAreDescribedAndHaveThePropertiesJacksonUses() {
        ObjectMapper json = AdminJson.mapper();
        JsonNode schemas = document.path("components").path("schemas");
        Set<String> names = new TreeSet<>();
        schemas.fieldNames().forEachRemaining(names::add);
        assertEquals(new TreeSet<>(SCHEMA_TYPES.keySet()), names, "component schemas");
        List<String> problems = new ArrayList<>();
        SCHEMA_TYPES.forEach((name, type) -> {
            JsonNode schema = schemas.path(name);
            if (schema.path("description").asText().isBlank()) {
                problems.add(name + " has no description");
            }
            Set<String> actual = new TreeSet<>();
            schema.path("properties").fields().forEachRemaining(p -> {
                actual.add(p.getKey());
                if (p.getValue().path("description").asText().isBlank() && !p.getValue().has("$ref")) {
                    problems.add(name + "." + p.getKey() + " has no description");
                }
            });
            boolean request = name.endsWith("Request");
            var javaType = json.constructType(type);
            List<BeanPropertyDefinition> properties = request
                    ? json.getDeserializationConfig().introspect(javaType).findProperties()
                    : json.getSerializationConfig().introspect(javaType).findProperties();
            Set<String> expected = properties.stream().filter(p -> request ? p.couldDeserialize() : p.couldSerialize())
                    .map(BeanPropertyDefinition::getName).collect(Collectors.toCollection(TreeSet::new));
            if (!expected.equals(actual)) {
                problems.add(name + ": properties " + actual + " but Jackson uses " + expected);
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void keepsEveryOperationOfTheHandWrittenDocument() {
        List<String> problems = new ArrayList<>();
        int compared = 0;
        for (var path : (Iterable<Map.Entry<String, JsonNode>>) handWritten.path("paths")::fields) {
            for (String method : HTTP_METHODS) {
                JsonNode old = path.getValue().get(method);
                if (old == null) {
                    continue;
                }
                compared++;
                String where = method.toUpperCase() + " " + path.getKey();
                JsonNode now = document.path("paths").path(path.getKey()).get(method);
                if (now == null) {
                    problems.add(where + " is gone");
                    continue;
                }
                if (!old.path("operationId").equals(now.path("operationId"))) {
                    problems.add(where + ": operationId " + now.path("operationId") + ", was "
                            + old.path("operationId"));
                }
                Set<String> oldCodes = new TreeSet<>();
                old.path("responses").fieldNames().forEachRemaining(oldCodes::add);
                Set<String> newCodes = new TreeSet<>();
                now.path("responses").fieldNames().forEachRemaining(newCodes::add);
                if (!oldCodes.equals(newCodes)) {
                    problems.add(where + ": responses " + newCodes + ", were " + oldCodes);
                }
            }
        }
        assertEquals(5, compared, "operations compared");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static void operations(java.util.function.BiConsumer<String, JsonNode> visit) {
        document.path("paths").fields().forEachRemaining(path -> HTTP_METHODS.forEach(method -> {
            JsonNode op = path.getValue().get(method);
            if (op != null) {
                visit.accept(method.toUpperCase() + " " + path.getKey(), op);
            }
        }));
    }

    private static void walk(JsonNode node, Consumer<JsonNode> visit) {
        if (node.isObject()) {
            visit.accept(node);
        }
        node.elements().forEachRemaining(child -> walk(child, visit));
    }
}
