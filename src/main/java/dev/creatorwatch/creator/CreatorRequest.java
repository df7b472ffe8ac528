package dev.creatorwatch.creator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/** Body of create and update. On update, {@code accounts} is ignored (accounts have their own endpoints). */
public record CreatorRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String notes,
        @Size(max = 50) Set<@NotBlank @Size(max = 64) @Pattern(regexp = "[\\p{L}\\p{N} _.:/-]+",
                message = "may hold only letters, digits, spaces and _ . : / -") String> tags,
        Boolean protectedIdentity,
        @Size(max = 50) List<@Valid AccountRequest> accounts) {
}
