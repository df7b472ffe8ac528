package dev.creatorwatch.api;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Locale;
import java.util.function.Function;

/**
 * Number and yes/no query parameters that do not parse are a 422 naming the parameter. Without this, JAX-RS answers
 * {@code ?limit=abc} with a bare 404 (the spec wraps a failed query-parameter conversion in NotFoundException), which
 * sends a client looking for a missing endpoint, and reads {@code ?protected=yes} as false, which silently changes a
 * filter. The error travels inside a WebApplicationException because the runtime passes those through unwrapped.
 *
 * <p>Only boxed types are handled: for an absent primitive parameter the runtime hands the converter a stand-in value
 * of its own rather than null, which a strict converter then refuses, so a plain {@code GET} without the parameter
 * failed. Query parameters are therefore declared boxed (null = absent); {@code QueryParameterTypesTest} holds that.
 */
@Provider
public class StrictQueryParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = queryParamName(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) new Strict<>(name, Integer::valueOf, "must be a whole number");
        }
        if (rawType == Long.class) {
            return (ParamConverter<T>) new Strict<>(name, Long::valueOf, "must be a whole number");
        }
        if (rawType == Boolean.class) {
            return (ParamConverter<T>) new Strict<>(name, StrictQueryParamConverters::yesNo, "must be true or false");
        }
        return null;
    }

    private static Boolean yesNo(String raw) {
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(raw);
        };
    }

    private static String queryParamName(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
        }
        return null;
    }

    /** An empty value ({@code ?limit=} from a form left empty) means the same as an absent one: null. */
    private record Strict<V>(String name, Function<String, V> parse, String message)
            implements ParamConverter<V> {

        @Override
        public V fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return parse.apply(value.strip());
            } catch (IllegalArgumentException e) {
                ApiException problem = ApiException.invalid(name, message);
                throw new WebApplicationException(problem, problem.status());
            }
        }

        @Override
        public String toString(V value) {
            return String.valueOf(value);
        }
    }
}
