package dev.creatorwatch.parse;

import dev.creatorwatch.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import dev.creatorwatch.creator.Platform;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import dev.creatorwatch.api.ApiException;
import jakarta.ws.rs.core.MediaType;

/**
 * Support endpoint: reads a saved profile page the way the scheduled scan would, to check what the parser makes of
 * it. Live fetching of a bare URL is connected by the fetch feature; until then a request without {@code html} is
 * answered 422.
 */
@Path("/api/parse")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.SECURITY})
public class ParseResource {

    private final ProfilePageReader reader;
    private final PageReading reading;

    @Inject
    public ParseResource(ProfilePageReader reader, PageReading reading) {
        this.reader = reader;
        this.reading = reading;
    }

    @POST
    public ParseResponse parse(@NotNull @Valid ParseRequest request) {
        Platform platform = request.platform() == null || request.platform().isBlank()
                ? ProfilePageReaders.effectivePlatform(Platform.WEB, request.url())
                : Platform.fromName(request.platform()).orElseThrow(() -> ApiException.invalid("platform",
                        "is not a known platform"));
        if (request.html() == null) {
            // Fetched like any scan: politely, through the SSRF guard, with an honest outcome.
            PageReading.Reading r = reading.read(platform, request.url());
            return ParseResponse.fetched(r);
        }
        return ParseResponse.of(reader.read(platform, request.url(), request.html()));
    }
}
