package dev.creatorwatch.demo;

import java.util.List;

/**
 * One sample account of the demo site. Follower counts follow a timeline, one entry per fetch (the last repeats),
 * so the demo shows history: growth, and for one account a bought-followers jump.
 *
 * @param template   the page shape, a file under {@code demo-site/}
 * @param likesPerPost likes of the recent posts the page shows (comments are a tenth of them)
 * @param suspendedFromFetch from this fetch on the platform shows its "account suspended" page instead; -1 for never
 */
public record DemoProfile(String platform, String handle, String name, String bio, String externalUrl,
        boolean verified, String template, List<Long> followersTimeline, long following, long posts,
        List<Long> likesPerPost, int suspendedFromFetch) {

    /** An account that stays up. */
    public DemoProfile(String platform, String handle, String name, String bio, String externalUrl, boolean verified,
            String template, List<Long> followersTimeline, long following, long posts, List<Long> likesPerPost) {
        this(platform, handle, name, bio, externalUrl, verified, template, followersTimeline, following, posts,
                likesPerPost, -1);
    }

    public boolean suspendedAt(int fetch) {
        return suspendedFromFetch >= 0 && fetch >= suspendedFromFetch;
    }

    public long followersAt(int fetch) {
        return followersTimeline.get(Math.min(fetch, followersTimeline.size() - 1));
    }

    public String path() {
        return "/demo-site/" + platform + "/" + handle;
    }
}
