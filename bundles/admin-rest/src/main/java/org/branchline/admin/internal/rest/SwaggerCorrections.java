package org.branchline.admin.internal.rest;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What swagger-core writes that OpenAPI 3.0 readers take otherwise than the annotations meant, mended once for
 * every resource's annotations.
 */
final class SwaggerCorrections {
    private SwaggerCorrections() {
    }

    static OpenAPI apply(OpenAPI document) {
        schemas(document).forEach(SwaggerCorrections::correct);
        operations(document).flatMap(o -> o.getParameters() == null ? Stream.empty() : o.getParameters().stream())
                .forEach(SwaggerCorrections::exampleOfItsType);
        return document;
    }

    private static void correct(Schema<?> schema) {
        // a choice between schemas (anyOf, oneOf) is typed by its choices: swagger adds "object"
        if ((schema.getAnyOf() != null || schema.getOneOf() != null) && "object".equals(schema.getType())) {
            schema.setType(null);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(SwaggerCorrections::typeNullableReference);
        }
    }

    /**
     * OpenAPI 3.0 reads nullable only beside a type: a nullable property that refers to another schema (allOf) is
     * given its type, object, which swagger leaves out.
     */
    private static void typeNullableReference(Schema<?> property) {
        if (Boolean.TRUE.equals(property.getNullable()) && property.getType() == null && property.getAllOf() != null) {
            property.setType("object");
        }
    }

    /** swagger reads a parameter's example "101" as the number 101, and one value as the example of a list. */
    private static void exampleOfItsType(Parameter parameter) {
        Object example = parameter.getExample();
        Schema<?> schema = parameter.getSchema();
        if (example == null || schema == null) {
            return;
        }
        if ("string".equals(schema.getType()) && !(example instanceof String)) {
            parameter.setExample(String.valueOf(example));
        } else if ("array".equals(schema.getType()) && !(example instanceof List)) {
            parameter.setExample(List.of(String.valueOf(example)));
        }
    }

    private static Stream<Schema<?>> schemas(OpenAPI document) {
        if (document.getComponents() == null || document.getComponents().getSchemas() == null) {
            return Stream.empty();
        }
        Map<String, Schema> schemas = document.getComponents().getSchemas();
        return schemas.values().stream().map(s -> (Schema<?>) s);
    }

    private static Stream<Operation> operations(OpenAPI document) {
        if (document.getPaths() == null) {
            return Stream.empty();
        }
        return document.getPaths().values().stream().flatMap(p -> p.readOperations().stream())
                .filter(Objects::nonNull);
    }
}
