package org.branchline.admin.internal.rest;

import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import javax.ws.rs.GET;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Swagger UI over this service's OpenAPI document, at docs/: the files of the swagger-ui webjar bundle, with an
 * initializer of our own that points it at {@value OpenApiDocument#PATH}. Public, like the document.
 */
@Hidden
@Path(SwaggerUi.PATH)
public class SwaggerUi {
    public static final String PATH = "docs";
    private static final String WEBJAR = "org.webjars.swagger-ui";
    private static final String INITIALIZER = "swagger-initializer.js";
    private static final Map<String, String> TYPES = Map.of("html", "text/html", "css", "text/css", "js",
            "application/javascript", "png", "image/png", "json", "application/json", "map", "application/json");
    private final BundleContext context;

    public SwaggerUi(BundleContext context) {
        this.context = context;
    }

    /** The viewer's files; docs without its slash moves to docs/, so that the page finds its files beside it. */
    @GET
    @Path("{file: .*}")
    public Response file(@PathParam("file") String file, @Context UriInfo uri) throws IOException {
        if (file.isEmpty() && !uri.getPath().endsWith("/")) {
            return Response.seeOther(uri.getAbsolutePathBuilder().path("/").build()).build();
        }
        String name = file.isEmpty() ? "index.html" : file;
        if (name.equals(INITIALIZER)) {
            return Response.ok("window.onload = function () {\n  window.ui = SwaggerUIBundle({url: '../"
                    + OpenApiDocument.PATH + "', dom_id: '#swagger-ui', deepLinking: true});\n};\n",
                    TYPES.get("js")).build();
        }
        Bundle webjar = webjar().orElseThrow(() -> new NotFoundException("Swagger UI is not installed"));
        URL entry = name.contains("..") ? null : webjar.getEntry(
                "META-INF/resources/webjars/swagger-ui/" + webjar.getVersion() + "/" + name);
        if (entry == null) {
            throw new NotFoundException(name);
        }
        try (InputStream in = entry.openStream()) {
            String extension = name.substring(name.lastIndexOf('.') + 1);
            return Response.ok(in.readAllBytes(), TYPES.getOrDefault(extension, "application/octet-stream")).build();
        }
    }

    private Optional<Bundle> webjar() {
        return Arrays.stream(context.getBundles()).filter(b -> WEBJAR.equals(b.getSymbolicName())).findFirst();
    }
}
