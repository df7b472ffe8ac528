package dev.creatorwatch.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Query parameters are declared with boxed types: an absent primitive one reaches {@link StrictQueryParamConverters}
 * as a stand-in value rather than null, and {@code GET /api/source-health} without {@code ?refresh} was once a 422.
 */
class QueryParameterTypesTest {

    @Test
    void noQueryParameterIsPrimitive() {
        List<String> primitive = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.creatorwatch")) {
            Class<?> type = c.reflect();
            for (Method m : type.getDeclaredMethods()) {
                for (Parameter p : m.getParameters()) {
                    if (p.isAnnotationPresent(QueryParam.class) && p.getType().isPrimitive()) {
                        primitive.add(type.getSimpleName() + "." + m.getName() + "("
                                + p.getAnnotation(QueryParam.class).value() + ")");
                    }
                }
            }
            for (Field f : type.getDeclaredFields()) {
                if (f.isAnnotationPresent(QueryParam.class) && f.getType().isPrimitive()) {
                    primitive.add(type.getSimpleName() + "." + f.getName());
                }
            }
        }
        assertThat(primitive).as("query parameters declared with a primitive type").isEmpty();
    }
}
