package org.branchline.admin.internal.rest;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.branchline.api.admin.AdminException;
import org.branchline.api.admin.ConflictException;
import org.branchline.api.admin.FeatureNotInstalledException;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.admin.NotAuthenticatedException;
import org.branchline.api.admin.NotFoundException;
import org.branchline.api.admin.PermissionDeniedException;

/** A refused admin operation as JSON: {"error": "pin: must be digits, at least 4", "field": "pin"}. */
public class AdminExceptionMapper implements ExceptionMapper<AdminException> {
    @Override
    public Response toResponse(AdminException e) {
        String field = e instanceof InvalidFieldException f ? f.field()
                : e instanceof ConflictException c ? c.field() : null;
        return Response.status(status(e)).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(e.getMessage(), field)).build();
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
        if (e instanceof FeatureNotInstalledException) {
            return 503;
        }
        return e instanceof ConflictException ? 409 : 400;
    }
}
