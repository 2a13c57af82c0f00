package org.branchline.admin.internal.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.branchline.api.admin.AdminException;
import org.branchline.api.admin.ConflictException;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.admin.NotAuthenticatedException;
import org.branchline.api.admin.NotFoundException;
import org.branchline.api.admin.PermissionDeniedException;

/** A refused admin operation as JSON: {"error": "pin: must be digits, at least 4", "field": "pin"}. */
public class AdminExceptionMapper implements ExceptionMapper<AdminException> {
    @Override
    public Response toResponse(AdminException e) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", e.getMessage());
        if (e instanceof InvalidFieldException f) {
            body.put("field", f.field());
        } else if (e instanceof ConflictException c) {
            body.put("field", c.field());
        }
        return Response.status(status(e)).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    public static int status(AdminException e) {
        if (e instanceof InvalidFieldException) {
            return 400;
        }
        if (e instanceof NotAuthenticatedException) {
            return 401;
        }
        if (e instanceof PermissionDeniedException) {
            return 403;
        }
        if (e instanceof NotFoundException) {
            return 404;
        }
        return e instanceof ConflictException ? 409 : 400;
    }
}
