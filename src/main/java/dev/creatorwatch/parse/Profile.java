package dev.creatorwatch.parse;

import java.util.List;
import java.util.Objects;

/**
 * What a public profile page says about an account. Every field the page does not show is null: a missing count
 * is unknown, not zero, so no rule can mistake a login wall or a bot-served page for an empty account.
 */
public record Profile(
        String handle,
        String displayName,
        String bio,
        String externalUrl,
        String avatarUrl,
        Boolean verified,
        Boolean privateAccount,
        Long followers,
        Long following,
        Long posts,
        Long totalLikes,
        String language,
        List<Post> recentPosts) {

    public Profile {
        recentPosts = recentPosts == null ? List.of() : List.copyOf(recentPosts);
    }

    /**
     * Mean interactions (likes + comments) of the recent posts that show likes, over followers; null when it cannot
     * be computed from real posts.
     */
    public Double engagementRate() {
        if (followers == null || followers <= 0) {
            return null;
        }
        List<Long> interactions = recentPosts.stream().map(Post::interactions).filter(Objects::nonNull).toList();
        if (interactions.isEmpty()) {
            return null;
        }
        double mean = interactions.stream().mapToLong(Long::longValue).average().orElse(0);
        return mean / followers;
    }

    /** True when the page gave at least one thing worth storing as a good snapshot. */
    public boolean hasAnySignal() {
        return followers != null || following != null || posts != null || displayName != null || bio != null;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.handle = handle;
        b.displayName = displayName;
        b.bio = bio;
        b.externalUrl = externalUrl;
        b.avatarUrl = avatarUrl;
        b.verified = verified;
        b.privateAccount = privateAccount;
        b.followers = followers;
        b.following = following;
        b.posts = posts;
        b.totalLikes = totalLikes;
        b.language = language;
        b.recentPosts = recentPosts;
        return b;
    }

    /** Parsers fill what they find; later sources only fill what earlier ones left empty ({@link #mergeMissing}). */
    public static final class Builder {
        private String handle;
        private String displayName;
        private String bio;
        private String externalUrl;
        private String avatarUrl;
        private Boolean verified;
        private Boolean privateAccount;
        private Long followers;
        private Long following;
        private Long posts;
        private Long totalLikes;
        private String language;
        private List<Post> recentPosts = List.of();

        public Builder handle(String v) { handle = v; return this; }
        public Builder displayName(String v) { displayName = v; return this; }
        public Builder bio(String v) { bio = v; return this; }
        public Builder externalUrl(String v) { externalUrl = v; return this; }
        public Builder avatarUrl(String v) { avatarUrl = v; return this; }
        public Builder verified(Boolean v) { verified = v; return this; }
        public Builder privateAccount(Boolean v) { privateAccount = v; return this; }
        public Builder followers(Long v) { followers = v; return this; }
        public Builder following(Long v) { following = v; return this; }
        public Builder posts(Long v) { posts = v; return this; }
        public Builder totalLikes(Long v) { totalLikes = v; return this; }
        public Builder language(String v) { language = v; return this; }
        public Builder recentPosts(List<Post> v) { recentPosts = v == null ? List.of() : v; return this; }

        /** Fills only the fields still empty here from {@code other}; the first, more precise source wins. */
        public Builder mergeMissing(Profile other) {
            if (other == null) {
                return this;
            }
            handle = handle != null ? handle : other.handle();
            displayName = displayName != null ? displayName : other.displayName();
            bio = bio != null ? bio : other.bio();
            externalUrl = externalUrl != null ? externalUrl : other.externalUrl();
            avatarUrl = avatarUrl != null ? avatarUrl : other.avatarUrl();
            verified = verified != null ? verified : other.verified();
            privateAccount = privateAccount != null ? privateAccount : other.privateAccount();
            followers = followers != null ? followers : other.followers();
            following = following != null ? following : other.following();
            posts = posts != null ? posts : other.posts();
            totalLikes = totalLikes != null ? totalLikes : other.totalLikes();
            language = language != null ? language : other.language();
            recentPosts = !recentPosts.isEmpty() ? recentPosts : other.recentPosts();
            return this;
        }

        public Profile build() {
            return new Profile(handle, displayName, bio, externalUrl, avatarUrl, verified, privateAccount, followers,
                    following, posts, totalLikes, language, recentPosts);
        }
    }
}
