package dev.creatorwatch.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers {@link DatabaseTestResource} for every Quarkus test (a global resource, by Quarkus's default). */
@QuarkusTestResource(DatabaseTestResource.class)
public final class DatabaseTestResources {

    private DatabaseTestResources() {
    }
}
