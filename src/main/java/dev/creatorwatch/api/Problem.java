package dev.creatorwatch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code errors} lists field-level messages for validation problems, with the field as a
 * JSON path into the request body (for example {@code accounts[0].platform}).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem of no registered type ({@code about:blank}): the status and title say what it is. */
    public static Problem of(int status, String title, String detail, String instance, List<FieldError> errors) {
        return new Problem("about:blank", title, status, detail, instance, errors);
    }

    /** One invalid field and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
