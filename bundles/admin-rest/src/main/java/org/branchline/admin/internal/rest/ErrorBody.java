package org.branchline.admin.internal.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON of every refused request. A type of its own, so that it is never written with the generic
 * type of the resource method that failed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorBody(String error, String field) {
    public static ErrorBody of(String error) {
        return new ErrorBody(error, null);
    }
}
