package org.branchline.admin.internal.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.branchline.admin.json.AdminJson;

/**
 * The OpenAPI 3 description of the REST door as it is now, generated from the annotations of the resources bound
 * to it (a subsystem's paths are there while its feature is installed) over the shared parts in
 * {@code openapi-base.json}: the login, the error responses. Public, like a WSDL.
 */
@Path(OpenApiDocument.PATH)
@Tag(name = "Service", description = "This description of the service and its viewer.")
public class OpenApiDocument {
    public static final String PATH = "openapi.json";
    private static final String BASE = "/openapi-base.json";

    static {
        // schemas name their properties as the doors write them: kebab-case
        ModelConverters.getInstance().addConverter(new ModelResolver(AdminJson.mapper()));
    }

    private final Set<Class<?>> resources;
    private volatile String document;

    public OpenApiDocument(List<Object> resources) {
        this.resources = new LinkedHashSet<>();
        resources.forEach(r -> this.resources.add(r.getClass()));
        this.resources.add(OpenApiDocument.class);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(operationId = "getOpenApiDocument", summary = "This OpenAPI document",
            description = "The OpenAPI 3 description of the admin REST service as installed now. Public, like a "
                    + "WSDL: no login needed.",
            responses = @ApiResponse(responseCode = "200", description = "This document.", content = @Content(
                    schema = @Schema(type = "object", description = "An OpenAPI 3.0 document."))))
    public String document() {
        String made = document;
        if (made == null) {
            made = generate();
            document = made;
        }
        return made;
    }

    private String generate() {
        try {
            return Json.pretty().writeValueAsString(generate(resources));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the OpenAPI document", e);
        }
    }

    /** The document of these resource classes over the base; {@code resources} should include this class. */
    static OpenAPI generate(Set<Class<?>> resources) {
        Reader reader = new Reader(new SwaggerConfiguration().openAPI(base()).readAllResources(true));
        return SwaggerCorrections.apply(reader.read(resources));
    }

    private static OpenAPI base() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(BASE)) {
            return Json.mapper().readValue(in, OpenAPI.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BASE, e);
        }
    }
}
