package dev.creatorwatch.creator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * Body of create. Fields left out are empty: no notes, no tags, not protected. Update has its own body
 * ({@link CreatorUpdate}), where a field left out keeps its value.
 */
public record CreatorRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String notes,
        @Size(max = 50) Set<@NotBlank @Size(max = 64) @Pattern(regexp = TAG_PATTERN, message = TAG_MESSAGE)
                String> tags,
        Boolean protectedIdentity,
        @Size(max = 50) List<@Valid AccountRequest> accounts) {

    /** What a tag may hold; shared with {@link CreatorUpdate}. */
    static final String TAG_PATTERN = "[\\p{L}\\p{N} _.:/-]+";
    static final String TAG_MESSAGE = "may hold only letters, digits, spaces and _ . : / -";
}
