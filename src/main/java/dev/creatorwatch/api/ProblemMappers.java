package dev.creatorwatch.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error the API returns is an RFC 9457 problem; nothing leaks a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        return problem(e.status(), e.title(), e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(field(v.getPropertyPath()), v.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return problem(422, "Invalid request", detail, uri, errors);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String field = "";
        String original = String.valueOf(e.getOriginalMessage());
        String message = original.contains("UTF-8") ? "is not valid UTF-8 text" : "has the wrong type or format";
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            field = jsonPath(m.getPath());
            errors.add(new Problem.FieldError(field, message));
        }
        String detail = field.isEmpty() ? "The request body is not valid JSON: " + original : field + ": " + message;
        return problem(400, "Malformed request body", detail, uri, errors);
    }

    /** Jackson's own mappers answer these two with a non-problem body; ours take precedence for the exact types. */
    @ServerExceptionMapper
    public Response invalidFormat(com.fasterxml.jackson.databind.exc.InvalidFormatException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(com.fasterxml.jackson.databind.exc.MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    /** Only bodies read with {@link StrictJson} refuse unknown fields; the field is named, with the known ones. */
    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = jsonPath(e.getPath());
        List<String> known = e.getKnownPropertyIds() == null ? List.of()
                : e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
        String message = "is not a known field" + (known.isEmpty() ? "" : " (known: " + String.join(", ", known) + ")");
        return problem(422, "Invalid request", field + ": " + message, uri,
                List.of(new Problem.FieldError(field, message)));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof ApiException api) { // raised where only a WebApplicationException gets through
            return api(api, uri);
        }
        if (e.getCause() instanceof JsonProcessingException json) { // e.g. a body that is not UTF-8
            return unreadableJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        String title = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = e.getMessage();
        if (status == 404 && uri != null && ("HTTP 404 " + title).equals(detail)) {
            // The runtime's own 404 (no such endpoint, or an id in the path that is not a number) names nothing.
            detail = "Nothing is at " + uri.getPath() + " (ids in paths are whole numbers)";
        }
        return problem(status, title, detail, uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        if (ConcurrentChange.causedBy(e)) {
            // Raised at a flush or at commit, wrapped in whatever was on the way out, hence found by cause here.
            LOG.infof("Concurrent change on %s: %s", uri.getPath(), e.getMessage());
            return problem(409, "Conflict", "What this request changes was changed by someone else at the same "
                    + "time; nothing was saved. Read it again and retry.", uri, List.of());
        }
        LOG.error("Unexpected error on " + uri.getPath(), e);
        return problem(500, "Internal error", "The server could not complete the request; it has been logged.", uri,
                List.of());
    }

    public static Response problem(int status, String title, String detail, UriInfo uri,
            List<Problem.FieldError> errors) {
        Problem body = Problem.of(status, title, detail, uri == null ? null : uri.getPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /** "create.request.accounts[0].platform" -> "accounts[0].platform": the body path a client can act on. */
    private static String field(Path path) {
        StringBuilder sb = new StringBuilder();
        int index = 0;
        for (Path.Node node : path) {
            index++;
            if (index <= 2 && (node.getKind() == jakarta.validation.ElementKind.METHOD
                    || node.getKind() == jakarta.validation.ElementKind.PARAMETER)) {
                continue;
            }
            if (node.getIndex() != null && sb.length() > 0) {
                sb.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(node.getName());
            }
        }
        return sb.length() == 0 ? "body" : sb.toString();
    }

    private static String jsonPath(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
