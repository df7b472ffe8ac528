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
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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

    @Inject
    public ParseResource(ProfilePageReader reader) {
        this.reader = reader;
    }

    @POST
    public ParseResponse parse(@NotNull @Valid ParseRequest request) {
        Platform platform = request.platform() == null || request.platform().isBlank()
                ? ProfilePageReaders.effectivePlatform(Platform.WEB, request.url())
                : Platform.fromName(request.platform()).orElseThrow(() -> new WebApplicationException(
                        "unknown platform '" + request.platform() + "'", Response.Status.BAD_REQUEST));
        if (request.html() == null) {
            throw new WebApplicationException("reading a live URL is not available here yet (live fetching is wired by "
                    + "the fetch feature); send the saved page as 'html'", 422);
        }
        return ParseResponse.of(reader.read(platform, request.url(), request.html()));
    }
}
