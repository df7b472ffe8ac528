package dev.creatorwatch.rules;

import dev.creatorwatch.api.ApiException;
import dev.creatorwatch.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rules")
public class RuleResource {

    private final RuleCatalog catalog;
    private final dev.creatorwatch.audit.AuditTrail audit;
    private final dev.creatorwatch.security.CurrentActor actor;

    public RuleResource(RuleCatalog catalog, dev.creatorwatch.audit.AuditTrail audit,
            dev.creatorwatch.security.CurrentActor actor) {
        this.catalog = catalog;
        this.audit = audit;
        this.actor = actor;
    }

    /** The rules in force and the files refused at the last load. */
    public record RuleList(List<RuleDefinition> rules, List<String> refused) {
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SECURITY, Roles.MARKETER, Roles.COMPLIANCE})
    @Operation(summary = "Rules in force (deprecated ones included) and files refused at the last load")
    public RuleList list() {
        return new RuleList(catalog.all(), catalog.lastErrors());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SECURITY, Roles.MARKETER, Roles.COMPLIANCE})
    @Operation(summary = "One rule")
    public RuleDefinition get(@PathParam("id") String id) {
        return catalog.find(id).orElseThrow(() -> ApiException.notFound("Rule", id));
    }

    @POST
    @Path("/reload")
    @RolesAllowed({Roles.ADMIN, Roles.SECURITY})
    @Operation(summary = "Read the rules folder again; bad files are refused and their last good version kept")
    public RuleCatalog.ReloadResult reload() {
        java.util.Map<String, Integer> before = versions();
        RuleCatalog.ReloadResult result = catalog.reload();
        audit.record(actor.get(), "rules", "catalog", "reloaded", before,
                java.util.Map.of("versions", versions(), "refused", result.refused()));
        return result;
    }

    private java.util.Map<String, Integer> versions() {
        java.util.Map<String, Integer> v = new java.util.TreeMap<>();
        catalog.all().forEach(r -> v.put(r.id(), r.version()));
        return v;
    }
}
