package org.branchline.admin.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** The OpenAPI 3 description of this REST service, public like a WSDL. */
@Path("openapi.json")
public class OpenApiResource {
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String document() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/openapi.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
