package dev.creatorwatch.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.lang.reflect.Type;
import java.util.function.BiFunction;

/**
 * Reads a request body that refuses fields it does not know (for {@code @CustomDeserialization}). The API's mapper
 * drops unknown fields, which is kind to clients for most bodies; where a dropped field silently widens what a request
 * does (a misspelt filter of a bulk action matches every alert), the typo must be an error instead. The refusal is a
 * 422 naming the field, see {@link ProblemMappers#unknownField}.
 */
public class StrictJson implements BiFunction<ObjectMapper, Type, ObjectReader> {

    @Override
    public ObjectReader apply(ObjectMapper mapper, Type type) {
        return mapper.readerFor(mapper.constructType(type)).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
