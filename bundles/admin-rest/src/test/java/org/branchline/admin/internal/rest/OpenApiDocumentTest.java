package org.branchline.admin.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.ws.rs.Consumes;
import javax.ws.rs.CookieParam;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.QueryParam;
import org.branchline.admin.internal.rest.Requests.AttemptBody;
import org.branchline.admin.internal.rest.Requests.CallParkBody;
import org.branchline.admin.internal.rest.Requests.CallRouteBody;
import org.branchline.admin.internal.rest.Requests.CallerIdRouteBody;
import org.branchline.admin.internal.rest.Requests.DestinationBody;
import org.branchline.admin.internal.rest.Requests.DialPlanBody;
import org.branchline.admin.internal.rest.Requests.ExtensionBody;
import org.branchline.admin.internal.rest.Requests.ExtensionLengthBody;
import org.branchline.admin.internal.rest.Requests.HandsetBody;
import org.branchline.admin.internal.rest.Requests.LineOwnerBody;
import org.branchline.admin.internal.rest.Requests.PasswordChangeBody;
import org.branchline.admin.internal.rest.Requests.PresenceBody;
import org.branchline.admin.internal.rest.Requests.RouteSetBody;
import org.branchline.admin.internal.rest.Requests.RoutesBody;
import org.branchline.admin.internal.rest.Requests.SpeedDialBody;
import org.branchline.admin.internal.rest.Requests.TemplateApplicationBody;
import org.branchline.admin.internal.rest.Requests.TemplateBody;
import org.branchline.admin.internal.rest.Requests.TemplateCopyBody;
import org.branchline.admin.internal.rest.Requests.UserBody;
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
import org.branchline.api.sip.CallAppearance;
import org.branchline.api.sip.Handset;
import org.branchline.api.sip.Registration;
import org.branchline.api.update.RunningSoftware;
import org.branchline.api.update.Update;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps src/main/resources/openapi.json (served by {@link OpenApiResource}) in step with the JAX-RS resources.
 *
 * <p>The resources are found by listing the compiled classes of {@value #SCAN_ROOT} (this package and those below
 * it) on the test class path, so a resource class added later (such as the network configuration resource) is
 * checked without touching this test: a resource method missing from the document, or a document operation no
 * resource method serves any more, fails the build.
 */
class OpenApiDocumentTest {
    /** Where resource classes are looked for: the REST package and everything beside and below it. */
    static final String SCAN_ROOT = "org.branchline.admin.internal";

    private static final List<String> HTTP_METHODS =
            List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    /** Operations the authentication filter lets through without a login (RestAuthenticationFilter). */
    private static final Set<String> PUBLIC_OPERATIONS = Set.of("GET /openapi.json");

    /**
     * The Java type behind each named component schema whose property names or enum values the test checks
     * against what Jackson (configured as the service configures it) reads or writes.
     */
    private static final Map<String, Class<?>> SCHEMA_TYPES = schemaTypes();

    private static JsonNode document;
    private static List<Operation> code;
    private static List<Class<?>> resources;

    /** One JAX-RS resource method: its HTTP method, full path (class @Path + method @Path) and Java method. */
    record Operation(String httpMethod, String path, Method method) {
        String key() {
            return httpMethod + " " + normalise(path);
        }

        String where() {
            return key() + " (" + method.getDeclaringClass().getSimpleName() + "." + method.getName() + ")";
        }
    }

    @BeforeAll
    static void load() throws Exception {
        document = new ObjectMapper().readTree(new OpenApiResource().document());
        resources = resourceClasses();
        code = new ArrayList<>();
        for (Class<?> resource : resources) {
            collect(resource, resource.getAnnotation(javax.ws.rs.Path.class).value(), code, 0);
        }
    }

    // ---------------------------------------------------------------- code <-> document

    @Test
    void discoversTheResourceClasses() {
        Set<String> names = resources.stream().map(Class::getSimpleName).collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("UsersResource", "TemplatesResource", "ExtensionsResource",
                "DialPlanResource", "OpenApiResource", "HandsetsResource", "CallRoutesResource")),
                "resource discovery is broken, found only " + names);
        assertFalse(code.isEmpty(), "no resource methods found");
    }

    @Test
    void everyResourceMethodIsDocumented() {
        Set<String> documented = documentedOperations().keySet();
        List<String> missing = code.stream().filter(op -> !documented.contains(op.key())).map(Operation::where)
                .sorted().toList();
        assertTrue(missing.isEmpty(), "resource methods missing from src/main/resources/openapi.json: " + missing);
    }

    @Test
    void everyDocumentedOperationExistsInCode() {
        Set<String> inCode = code.stream().map(Operation::key).collect(Collectors.toSet());
        List<String> stale = documentedOperations().keySet().stream().filter(k -> !inCode.contains(k)).sorted()
                .toList();
        assertTrue(stale.isEmpty(), "openapi.json documents operations no resource method serves: " + stale);
    }

    @Test
    void noTwoResourceMethodsShareAnOperation() {
        Map<String, List<String>> byKey = code.stream().collect(Collectors.groupingBy(Operation::key, TreeMap::new,
                Collectors.mapping(Operation::where, Collectors.toList())));
        byKey.values().removeIf(l -> l.size() < 2);
        assertTrue(byKey.isEmpty(), "ambiguous operations: " + byKey);
    }

    // ---------------------------------------------------------------- document structure

    @Test
    void isAnOpenApi303DocumentForTheService() {
        assertEquals("3.0.3", document.path("openapi").asText());
        assertFalse(document.path("info").path("title").asText().isEmpty(), "info.title");
        assertFalse(document.path("info").path("version").asText().isEmpty(), "info.version");
        assertEquals("/cxf/branchline/api", document.path("servers").path(0).path("url").asText());
        JsonNode schemes = document.path("components").path("securitySchemes");
        JsonNode global = document.path("security");
        assertTrue(global.isArray() && global.size() > 0, "global security requirement");
        global.forEach(requirement -> requirement.fieldNames().forEachRemaining(name -> {
            JsonNode scheme = schemes.path(name);
            assertEquals("http", scheme.path("type").asText(), "security scheme " + name);
            assertEquals("basic", scheme.path("scheme").asText().toLowerCase(), "security scheme " + name);
        }));
        document.path("paths").fieldNames().forEachRemaining(p -> assertTrue(p.startsWith("/"), "path " + p));
    }

    @Test
    void everyRefResolves() {
        List<String> refs = new ArrayList<>();
        walk(document, node -> {
            JsonNode ref = node.get("$ref");
            if (ref != null) {
                refs.add(ref.asText());
            }
        });
        assertFalse(refs.isEmpty(), "no $ref found; the walk is broken");
        List<String> broken = refs.stream().filter(r -> resolve(r) == null).distinct().sorted().toList();
        assertTrue(broken.isEmpty(), "$refs that do not resolve inside openapi.json: " + broken);
    }

    @Test
    void everyComponentIsUsed() {
        Set<String> refs = new TreeSet<>();
        walk(document, node -> {
            JsonNode ref = node.get("$ref");
            if (ref != null) {
                refs.add(ref.asText());
            }
        });
        List<String> unused = new ArrayList<>();
        for (String kind : List.of("schemas", "responses", "parameters", "requestBodies", "headers")) {
            document.path("components").path(kind).fieldNames().forEachRemaining(name -> {
                if (!refs.contains("#/components/" + kind + "/" + escape(name))) {
                    unused.add(kind + "/" + name);
                }
            });
        }
        assertTrue(unused.isEmpty(), "components nothing refers to (stale?): " + unused);
    }

    @Test
    void requiredPropertiesAreDeclared() {
        List<String> wrong = new ArrayList<>();
        walk(document, node -> {
            JsonNode properties = node.get("properties");
            JsonNode required = node.get("required");
            if (properties != null && properties.isObject() && required != null && required.isArray()) {
                required.forEach(r -> {
                    if (!properties.has(r.asText())) {
                        wrong.add(r.asText() + " of " + properties.properties().stream().map(Map.Entry::getKey)
                                .toList());
                    }
                });
            }
        });
        assertTrue(wrong.isEmpty(), "required properties that are not declared: " + wrong);
    }

    // ---------------------------------------------------------------- each operation against its Java method

    @Test
    void operationsMatchTheirJavaMethods() {
        Map<String, JsonNode> documented = documentedOperations();
        List<String> problems = new ArrayList<>();
        for (Operation op : code) {
            JsonNode doc = documented.get(op.key());
            if (doc == null) {
                continue; // reported by everyResourceMethodIsDocumented
            }
            String docPath = documentedPath(op.key());
            checkParameters(op, docPath, doc, problems);
            checkRequestBody(op, doc, problems);
            checkResponses(op, doc, problems);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static void checkParameters(Operation op, String docPath, JsonNode doc, List<String> problems) {
        Map<String, JsonNode> declared = new LinkedHashMap<>();
        Stream.of(document.path("paths").path(docPath).path("parameters"), doc.path("parameters"))
                .flatMap(OpenApiDocumentTest::elements).map(OpenApiDocumentTest::deref)
                .forEach(p -> declared.put(p.path("in").asText() + ":" + p.path("name").asText(), p));
        for (String name : templateNames(docPath)) {
            JsonNode p = declared.get("path:" + name);
            if (p == null || !p.path("required").asBoolean()) {
                problems.add(op.where() + ": path parameter {" + name + "} is not declared as a required path parameter");
            }
        }
        declared.keySet().stream().filter(k -> k.startsWith("path:") && !templateNames(docPath).contains(k.substring(5)))
                .forEach(k -> problems.add(op.where() + ": declares " + k + " that is not in the path " + docPath));
        for (Parameter parameter : op.method().getParameters()) {
            String in = null;
            String name = null;
            if (parameter.getAnnotation(QueryParam.class) != null) {
                in = "query";
                name = parameter.getAnnotation(QueryParam.class).value();
            } else if (parameter.getAnnotation(HeaderParam.class) != null) {
                in = "header";
                name = parameter.getAnnotation(HeaderParam.class).value();
            } else if (parameter.getAnnotation(CookieParam.class) != null) {
                in = "cookie";
                name = parameter.getAnnotation(CookieParam.class).value();
            }
            if (in != null && !declared.containsKey(in + ":" + name)) {
                problems.add(op.where() + ": " + in + " parameter '" + name + "' is not documented");
            }
        }
    }

    private static void checkRequestBody(Operation op, JsonNode doc, List<String> problems) {
        Parameter entity = entityParameter(op.method());
        JsonNode body = doc.get("requestBody");
        if (entity == null) {
            if (body != null) {
                problems.add(op.where() + ": documents a request body the method does not read");
            }
            return;
        }
        if (body == null) {
            problems.add(op.where() + ": reads a " + entity.getType().getSimpleName() + " body that is not documented");
            return;
        }
        String mediaType = consumes(op.method());
        JsonNode schema = deref(body).path("content").path(mediaType).path("schema");
        if (schema.isMissingNode()) {
            problems.add(op.where() + ": request body has no " + mediaType + " schema");
            return;
        }
        String expected = describe(entity.getParameterizedType());
        String actual = describe(schema);
        if (expected != null && !expected.equals(actual)) {
            problems.add(op.where() + ": request body is " + expected + " in code but " + actual + " in the document");
        }
    }

    private static void checkResponses(Operation op, JsonNode doc, List<String> problems) {
        JsonNode responses = doc.path("responses");
        List<String> success = new ArrayList<>();
        responses.fieldNames().forEachRemaining(code -> {
            if (code.startsWith("2")) {
                success.add(code);
            }
        });
        if (success.isEmpty()) {
            problems.add(op.where() + ": documents no 2xx response");
        }
        boolean isPublic = PUBLIC_OPERATIONS.contains(op.key());
        JsonNode security = doc.get("security");
        boolean documentedPublic = security != null && security.isArray() && security.isEmpty();
        if (isPublic != documentedPublic) {
            problems.add(op.where() + (isPublic ? ": is public but the document asks for a login (set \"security\": [])"
                    : ": needs a login but the document marks it public"));
        }
        if (!isPublic && !responses.has("401")) {
            problems.add(op.where() + ": needs a login but documents no 401 response");
        }
        Type returned = op.method().getGenericReturnType();
        if (returned == void.class && !responses.has("204")) {
            problems.add(op.where() + ": returns nothing but documents no 204 response");
        }
        String expected = describe(returned);
        if (expected != null) {
            JsonNode ok = deref(responses.path("200"));
            String actual = describe(ok.path("content").path("application/json").path("schema"));
            if (!expected.equals(actual)) {
                problems.add(op.where() + ": 200 response is " + expected + " in code but " + actual + " in the document");
            }
        }
    }

    // ---------------------------------------------------------------- schemas against the Java types

    @Test
    void schemasHaveThePropertiesJacksonUses() throws Exception {
        ObjectMapper json = serviceMapper();
        JsonNode schemas = document.path("components").path("schemas");
        List<String> problems = new ArrayList<>();
        SCHEMA_TYPES.forEach((name, type) -> {
            JsonNode schema = schemas.get(name);
            if (schema == null) {
                problems.add("components/schemas/" + name + " is missing");
                return;
            }
            if (type.isEnum()) {
                Set<String> expected = Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name())
                        .collect(Collectors.toCollection(TreeSet::new));
                Set<String> actual = texts(schema.path("enum"));
                if (!expected.equals(actual)) {
                    problems.add(name + ": enum " + actual + " but " + type.getSimpleName() + " has " + expected);
                }
                return;
            }
            Set<String> expected = jacksonProperties(json, type, isRequestType(name));
            Set<String> actual = new TreeSet<>();
            schema.path("properties").fieldNames().forEachRemaining(actual::add);
            if (!expected.equals(actual)) {
                problems.add(name + ": properties " + actual + " but Jackson uses " + expected + " for "
                        + type.getSimpleName());
            }
        });
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
    void everyBodyTypeOfTheResourcesHasASchema() {
        Set<Class<?>> mapped = Set.copyOf(SCHEMA_TYPES.values());
        List<String> unmapped = new ArrayList<>();
        for (Operation op : code) {
            List<Type> types = new ArrayList<>();
            types.add(op.method().getGenericReturnType());
            Parameter entity = entityParameter(op.method());
            if (entity != null) {
                types.add(entity.getParameterizedType());
            }
            for (Type t : types) {
                Class<?> c = elementClass(t);
                if (c != null && isModelType(c) && !mapped.contains(c)) {
                    unmapped.add(op.where() + ": " + c.getName());
                }
            }
        }
        assertTrue(unmapped.isEmpty(), "body types with no schema in openapi.json (add the schema, and the type to "
                + "SCHEMA_TYPES in this test): " + unmapped);
    }

    // ---------------------------------------------------------------- discovery

    /** Root resource classes (class-level @Path) compiled under {@link #SCAN_ROOT}. */
    static List<Class<?>> resourceClasses() throws IOException, ReflectiveOperationException {
        String dir = SCAN_ROOT.replace('.', '/');
        ClassLoader loader = OpenApiDocumentTest.class.getClassLoader();
        Set<String> classNames = new TreeSet<>();
        Enumeration<URL> urls = loader.getResources(dir);
        while (urls.hasMoreElements()) {
            URL url = urls.nextElement();
            if ("file".equals(url.getProtocol())) {
                Path root;
                try {
                    root = Path.of(url.toURI());
                } catch (java.net.URISyntaxException e) {
                    throw new IOException(e);
                }
                try (Stream<Path> files = Files.walk(root)) {
                    files.filter(f -> f.toString().endsWith(".class")).forEach(f -> classNames.add(SCAN_ROOT + "."
                            + root.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".")
                                    .replaceAll("\\.class$", "")));
                }
            } else if ("jar".equals(url.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    jar.stream().map(JarEntry::getName).filter(n -> n.startsWith(dir + "/") && n.endsWith(".class"))
                            .forEach(n -> classNames.add(n.replaceAll("\\.class$", "").replace('/', '.')));
                }
            }
        }
        List<Class<?>> found = new ArrayList<>();
        for (String name : classNames) {
            Class<?> c = Class.forName(name, false, loader);
            if (c.isAnnotationPresent(javax.ws.rs.Path.class) && !c.isInterface()) {
                found.add(c);
            }
        }
        return found;
    }

    /** Adds the resource methods of {@code type} under {@code base}, following sub-resource locators. */
    private static void collect(Class<?> type, String base, List<Operation> out, int depth) {
        if (depth > 5) {
            throw new IllegalStateException("sub-resource locators nest too deep at " + type);
        }
        for (Method m : type.getMethods()) {
            if (m.isBridge() || m.isSynthetic()) {
                continue;
            }
            Method annotated = annotatedMethod(type, m);
            if (annotated == null) {
                continue;
            }
            javax.ws.rs.Path path = annotated.getAnnotation(javax.ws.rs.Path.class);
            String full = path == null ? base : base + "/" + path.value();
            String http = httpMethod(annotated);
            if (http != null) {
                out.add(new Operation(http, full, annotated));
            } else if (path != null) {
                collect(annotated.getReturnType(), full, out, depth + 1);
            }
        }
    }

    /** The method whose JAX-RS annotations apply to {@code m} (JAX-RS 2.1 §3.6 annotation inheritance). */
    private static Method annotatedMethod(Class<?> type, Method m) {
        if (type == null || type == Object.class) {
            return null;
        }
        try {
            Method declared = type.getDeclaredMethod(m.getName(), m.getParameterTypes());
            if (httpMethod(declared) != null || declared.isAnnotationPresent(javax.ws.rs.Path.class)) {
                return declared;
            }
        } catch (NoSuchMethodException e) {
            // look further up
        }
        Method found = annotatedMethod(type.getSuperclass(), m);
        for (Iterator<Class<?>> it = Arrays.asList(type.getInterfaces()).iterator(); found == null && it.hasNext();) {
            found = annotatedMethod(it.next(), m);
        }
        return found;
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value().toUpperCase();
            }
        }
        return null;
    }

    /** The media type the method reads (its @Consumes, else its class's), JSON when neither says. */
    private static String consumes(Method m) {
        Consumes consumes = m.getAnnotation(Consumes.class);
        if (consumes == null) {
            consumes = m.getDeclaringClass().getAnnotation(Consumes.class);
        }
        return consumes == null ? "application/json" : consumes.value()[0];
    }

    /** The parameter JAX-RS fills from the request body: the one with no JAX-RS annotation. */
    private static Parameter entityParameter(Method m) {
        for (Parameter p : m.getParameters()) {
            boolean bound = Arrays.stream(p.getAnnotations())
                    .anyMatch(a -> a.annotationType().getPackageName().startsWith("javax.ws.rs"));
            if (!bound) {
                return p;
            }
        }
        return null;
    }

    /** "/v1/users/{}" for "v1//users/{login}/": slashes tidied, template parameter names (and regexes) dropped. */
    static String normalise(String path) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (char c : path.toCharArray()) {
            if (c == '{') {
                if (depth++ == 0) {
                    out.append("{}");
                }
            } else if (c == '}') {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        String joined = Arrays.stream(out.toString().split("/")).filter(s -> !s.isEmpty())
                .collect(Collectors.joining("/"));
        return "/" + joined;
    }

    private static List<String> templateNames(String path) {
        List<String> names = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}:]+)[^}]*}").matcher(path);
        while (m.find()) {
            names.add(m.group(1).trim());
        }
        return names;
    }

    // ---------------------------------------------------------------- document helpers

    /** "GET /v1/users/{}" to its operation object. */
    private static Map<String, JsonNode> documentedOperations() {
        Map<String, JsonNode> ops = new TreeMap<>();
        document.path("paths").properties().forEach(p -> {
            for (String method : HTTP_METHODS) {
                JsonNode op = p.getValue().get(method);
                if (op != null) {
                    JsonNode previous = ops.put(method.toUpperCase() + " " + normalise(p.getKey()), op);
                    assertTrue(previous == null, "openapi.json documents " + method + " " + p.getKey() + " twice");
                }
            }
        });
        return ops;
    }

    private static String documentedPath(String key) {
        String normalised = key.substring(key.indexOf(' ') + 1);
        Iterator<String> it = document.path("paths").fieldNames();
        while (it.hasNext()) {
            String p = it.next();
            if (normalise(p).equals(normalised)) {
                return p;
            }
        }
        throw new AssertionError("no documented path for " + key);
    }

    private static JsonNode resolve(String ref) {
        if (!ref.startsWith("#/")) {
            return null;
        }
        JsonNode target = document.at(ref.substring(1));
        return target.isMissingNode() ? null : target;
    }

    private static JsonNode deref(JsonNode node) {
        for (int i = 0; i < 10 && node.has("$ref"); i++) {
            JsonNode target = resolve(node.get("$ref").asText());
            if (target == null) {
                return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
            }
            node = target;
        }
        return node;
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static void walk(JsonNode node, Consumer<JsonNode> visit) {
        if (node.isObject()) {
            visit.accept(node);
            node.elements().forEachRemaining(child -> walk(child, visit));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> walk(child, visit));
        }
    }

    private static Stream<JsonNode> elements(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.elements().forEachRemaining(out::add);
        return out.stream();
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> out = new TreeSet<>();
        array.elements().forEachRemaining(e -> out.add(e.asText()));
        return out;
    }

    // ---------------------------------------------------------------- Java type <-> schema

    /**
     * A body type as text: "User", "array of Extension" for a mapped type in code (null when the code does not
     * say, e.g. for Response or a Map); the same for a schema, by the Java type its $ref is mapped to.
     */
    private static String describe(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)) {
            String element = describe(p.getActualTypeArguments()[0]);
            return element == null ? null : "array of " + element;
        }
        if (type instanceof Class<?> c && SCHEMA_TYPES.containsValue(c)) {
            return c.getSimpleName();
        }
        return null;
    }

    private static String describe(JsonNode schema) {
        if ("array".equals(schema.path("type").asText())) {
            return "array of " + describe(schema.path("items"));
        }
        String ref = schema.path("$ref").asText();
        String prefix = "#/components/schemas/";
        if (ref.startsWith(prefix)) {
            Class<?> type = SCHEMA_TYPES.get(ref.substring(prefix.length()));
            return type == null ? ref : type.getSimpleName();
        }
        return schema.isMissingNode() ? "no schema" : schema.toString();
    }

    private static Class<?> elementClass(Type type) {
        if (type instanceof ParameterizedType p) {
            Type[] args = p.getActualTypeArguments();
            return p.getRawType() instanceof Class<?> raw && Collection.class.isAssignableFrom(raw)
                    ? elementClass(args[0]) : null;
        }
        return type instanceof Class<?> c ? c : null;
    }

    /** Records, enums and beans of Branchline (not String, Response, Map...). */
    private static boolean isModelType(Class<?> c) {
        return c.getName().startsWith("org.branchline.") && !c.isInterface();
    }

    private static boolean isRequestType(String schemaName) {
        return schemaName.endsWith("Request") || schemaName.endsWith("Change");
    }

    private static Set<String> jacksonProperties(ObjectMapper json, Class<?> type, boolean request) {
        var javaType = json.constructType(type);
        List<BeanPropertyDefinition> properties = request
                ? json.getDeserializationConfig().introspect(javaType).findProperties()
                : json.getSerializationConfig().introspect(javaType).findProperties();
        return properties.stream().filter(p -> request ? p.couldDeserialize() : p.couldSerialize())
                .map(BeanPropertyDefinition::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The ObjectMapper the REST service is published with. */
    private static ObjectMapper serviceMapper() {
        return AdminJson.mapper();
    }

    private static Map<String, Class<?>> schemaTypes() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        // responses
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
        // requests
        m.put("UserCreateRequest", UserBody.class);
        m.put("UserUpdateRequest", UserBody.class);
        m.put("PresenceRequest", PresenceBody.class);
        m.put("TemplateApplicationRequest", TemplateApplicationBody.class);
        m.put("PasswordChangeRequest", PasswordChangeBody.class);
        m.put("TemplateCopyRequest", TemplateCopyBody.class);
        m.put("TemplateRequest", TemplateBody.class);
        m.put("ExtensionCreateRequest", ExtensionBody.class);
        m.put("ExtensionUpdateRequest", ExtensionBody.class);
        m.put("DialPlanRequest", DialPlanBody.class);
        m.put("ExtensionLengthRequest", ExtensionLengthBody.class);
        m.put("NetworkConfigurationChange", NetworkConfiguration.class);
        m.put("HandsetCreateRequest", HandsetBody.class);
        m.put("HandsetUpdateRequest", HandsetBody.class);
        m.put("LineOwnerRequest", LineOwnerBody.class);
        m.put("RoutesRequest", RoutesBody.class);
        m.put("CallerIdRouteRequest", CallerIdRouteBody.class);
        m.put("RouteSetRequest", RouteSetBody.class);
        m.put("CallRouteRequest", CallRouteBody.class);
        m.put("ConnectionAttemptRequest", AttemptBody.class);
        m.put("DestinationRequest", DestinationBody.class);
        m.put("SpeedDialRequest", SpeedDialBody.class);
        m.put("CallParkRequest", CallParkBody.class);
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
