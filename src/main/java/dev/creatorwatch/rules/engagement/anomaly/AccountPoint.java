package dev.creatorwatch.rules.engagement.anomaly;

import dev.creatorwatch.parse.Post;
import dev.creatorwatch.rules.Observation;
import java.time.Instant;
import java.util.Objects;

/** The numbers of one snapshot the anomaly detector reads; null = the page did not show it. */
public record AccountPoint(Instant at, Long followers, Long following, Long posts, Double engagementPerPost) {

    public AccountPoint {
        Objects.requireNonNull(at, "at");
    }

    public static AccountPoint of(Observation o) {
        var p = o.profile();
        Double perPost = p == null ? null : p.recentPosts().stream().map(Post::interactions).filter(Objects::nonNull)
                .mapToLong(Long::longValue).average().stream().boxed().findFirst().orElse(null);
        return p == null ? new AccountPoint(o.at(), null, null, null, null)
                : new AccountPoint(o.at(), p.followers(), p.following(), p.posts(), perPost);
    }
}
