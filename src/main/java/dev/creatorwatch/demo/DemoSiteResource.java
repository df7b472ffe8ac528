package dev.creatorwatch.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.commons.text.StringEscapeUtils;
import org.apache.commons.text.StringSubstitutor;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The demo's stand-in for the real platforms: serves the sample profile pages, each fetch one step further along its
 * timeline. Off unless {@code monitor.demo.enabled}.
 */
@Path("/demo-site")
public class DemoSiteResource {

    private final DemoConfig config;
    private final Map<String, AtomicInteger> fetches = new ConcurrentHashMap<>();

    public DemoSiteResource(DemoConfig config) {
        this.config = config;
    }

    @GET
    @Path("/{platform}/{handle}")
    @Produces("text/html;charset=utf-8")
    @Operation(hidden = true)
    @PermitAll
    public String page(@PathParam("platform") String platform, @PathParam("handle") String handle) {
        if (!config.enabled()) {
            throw new NotFoundException("the demo site is off");
        }
        DemoProfile p = DemoCatalog.profile(platform, handle)
                .orElseThrow(() -> new NotFoundException("no demo profile " + platform + "/" + handle));
        int fetch = fetches.computeIfAbsent(p.path(), k -> new AtomicInteger()).getAndIncrement();
        return p.suspendedAt(fetch) ? SUSPENDED_PAGE : render(p, fetch);
    }

    /** A profile picture of the demo site; only the files the catalog names. */
    @GET
    @Path("/avatars/{file}")
    @Operation(hidden = true)
    @PermitAll
    public Response avatar(@PathParam("file") String file) {
        if (!config.enabled() || !DemoCatalog.AVATARS.containsValue(file)) {
            throw new NotFoundException("no demo picture " + file);
        }
        try (InputStream in = DemoSiteResource.class.getResourceAsStream("/demo-site/avatars/" + file)) {
            if (in == null) {
                throw new IllegalStateException("demo picture missing: " + file);
            }
            return Response.ok(in.readAllBytes(), file.endsWith(".png") ? "image/png" : "image/jpeg").build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What X and most platforms show for a suspended account: a normal 200 page with the notice as its headline. */
    static final String SUSPENDED_PAGE = "<!doctype html><html><head><title>Account suspended</title></head><body>"
            + "<h1>Account suspended</h1><p>This account has been suspended for violating the rules.</p></body></html>";

    /** The page of {@code p} at its {@code fetch}-th fetch (also the scan benchmark's pages). */
    public static String render(DemoProfile p, int fetch) {
        long followers = p.followersAt(fetch);
        Map<String, String> v = new HashMap<>();
        v.put("handle", p.handle());
        // Each value escaped for where the template writes it: ${name} in HTML text and attributes, ${nameJson} as a
        // JSON string inside a script, where an HTML entity would be read as the literal "&rarr;".
        v.put("name", StringEscapeUtils.escapeHtml4(p.name()));
        v.put("bio", StringEscapeUtils.escapeHtml4(p.bio()));
        v.put("nameJson", scriptJson(p.name()));
        v.put("bioJson", scriptJson(p.bio()));
        v.put("externalUrlJson", p.externalUrl() == null ? "null" : scriptJson(p.externalUrl()));
        v.put("verified", String.valueOf(p.verified()));
        // Relative, as some sites write it: the monitor resolves it against the page it read it from.
        v.put("avatarJson", DemoCatalog.avatarPath(p).map(DemoSiteResource::scriptJson).orElse("null"));
        v.put("followers", String.valueOf(followers));
        v.put("following", String.valueOf(p.following()));
        v.put("posts", String.valueOf(p.posts()));
        long likes = followers * 9;
        v.put("likes", String.valueOf(likes));
        v.put("followersText", String.format(Locale.ROOT, "%,d", followers));
        v.put("followingText", String.format(Locale.ROOT, "%,d", p.following()));
        v.put("postsText", String.format(Locale.ROOT, "%,d", p.posts()));
        v.put("likesText", String.format(Locale.ROOT, "%,d", likes));
        int[] n = {0};
        v.put("postsJson", p.likesPerPost().stream().map(l -> String.format(Locale.ROOT,
                "{\"node\":{\"shortcode\":\"demo%s%d\",\"taken_at_timestamp\":%d,\"edge_liked_by\":{\"count\":%d},"
                        + "\"edge_media_to_comment\":{\"count\":%d}}}",
                p.handle().replace(".", ""), n[0], 1_764_000_000L - 86_400L * n[0]++, l, l / 10))
                .collect(Collectors.joining(",")));
        // a value is text, never a template: a bio "${handle}" stays as written
        return new StringSubstitutor(v).setDisableSubstitutionInValues(true).replace(template(p.template()));
    }

    /**
     * A JSON string literal that can stand inside a {@code <script>} element: quotes, backslashes and control
     * characters escaped as JSON requires, and {@code <}, {@code >}, {@code &} as backslash-u escapes so that no
     * "</script>" or "<!--" in the value can end the element or change how it is read; U+2028 and U+2029 too, which
     * end a line in JavaScript.
     */
    static String scriptJson(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String template(String name) {
        try (InputStream in = DemoSiteResource.class.getResourceAsStream("/demo-site/" + name)) {
            if (in == null) {
                throw new IllegalStateException("demo template missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
