package dev.creatorwatch.creator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * Body of update: only the fields given change. A field left out (or null) keeps its value, so a PUT with just a new
 * name cannot clear the notes and tags or switch impersonation protection off by accident. {@code "tags": []} clears
 * the tags and {@code "notes": ""} clears the notes; the name can be changed but not cleared. Accounts have their own
 * endpoints ({@code accounts} in the body is ignored).
 */
public record CreatorUpdate(
        @Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name,
        @Size(max = 4000) String notes,
        @Size(max = 50) Set<@NotBlank @Size(max = 64) @Pattern(regexp = CreatorRequest.TAG_PATTERN,
                message = CreatorRequest.TAG_MESSAGE) String> tags,
        Boolean protectedIdentity) {
}
