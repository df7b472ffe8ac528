package dev.creatorwatch.rules.brandsafety;

/**
 * A term found in one part of a profile.
 *
 * @param where in plain words: "the bio", "the external link", "post 3's caption"
 * @param url   the post's address when the match is in a post and the page gave it, else null
 */
public record FieldMatch(String where, String url, TermMatch match) {
}
