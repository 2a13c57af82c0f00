package org.branchline.admin.internal.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Arrays;
import java.util.stream.Collectors;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

/** A body that is not the JSON expected: 400 naming the field when there is one. */
public class JsonErrorMapper implements ExceptionMapper<JsonProcessingException> {
    @Override
    public Response toResponse(JsonProcessingException e) {
        String field = e instanceof JsonMappingException m ? path(m) : "";
        String rule;
        if (e instanceof UnrecognizedPropertyException u) {
            field = path(u);
            rule = "unknown field";
        } else if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            rule = "must be one of " + Arrays.stream(f.getTargetType().getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        } else if (e instanceof MismatchedInputException m && m.getMessage().startsWith("Cannot map `null`")) {
            rule = "is required";
        } else if (e instanceof InvalidFormatException f) {
            rule = "cannot read '" + f.getValue() + "' as " + f.getTargetType().getSimpleName().toLowerCase();
        } else {
            rule = "the body is not valid JSON (" + e.getOriginalMessage() + ")";
        }
        String name = field.isEmpty() ? "body" : field;
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(name + ": " + rule, name)).build();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()))
                .collect(Collectors.joining("."));
    }
}
