package dev.creatorwatch.rules.engagement.anomaly;

/** The account events the detector reports, each with the plain meaning a marketer would recognise. */
public enum AnomalyKind {
    /** Followers jumped far above the account's usual growth while engagement did not follow: bought followers. */
    FOLLOWER_JUMP,
    /** Followers fell far below the usual trend: a platform purge of fake followers, or mass unfollows. */
    FOLLOWER_DROP,
    /** Engagement per post jumped while followers stayed flat: engagement pods or bought likes/comments. */
    ENGAGEMENT_SPIKE,
    /** Far more posts than usual in a short time: spam bursts or a hijacked account. */
    POSTING_BURST
}
