package dev.creatorwatch.rules.takeover;

import dev.creatorwatch.parse.Post;
import dev.creatorwatch.rules.Observation;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Changes in how the account posts and writes: a burst of posts after a long silence, most posts deleted at once, and
 * a switch to another language or script.
 */
final class ActivitySignals {

    private ActivitySignals() {
    }

    /**
     * From post dates when the page shows them: at least {@code burstPosts} posts within {@code burstDays}, new since
     * the previous snapshot, after {@code dormantDays} without any. Otherwise from post counts: the count stood still
     * for {@code dormantDays} of snapshots and now jumps by {@code burstPosts} or more.
     */
    static Optional<Signal> postingBurst(Observation current, List<Observation> history, TakeoverSettings s) {
        List<Instant> times = current.profile().recentPosts().stream().filter(Objects::nonNull)
                .map(Post::publishedAt).filter(Objects::nonNull).sorted(Comparator.reverseOrder()).toList();
        Observation previous = history.isEmpty() ? null : history.get(0);
        if (times.size() >= s.burstPosts()) {
            return burstFromDates(times, previous, history, s);
        }
        return burstFromCounts(current, history, s);
    }

    private static Optional<Signal> burstFromDates(List<Instant> times, Observation previous,
            List<Observation> history, TakeoverSettings s) {
        Instant newest = times.get(0);
        if (previous != null && !newest.isAfter(previous.at())) {
            return Optional.empty();
        }
        Instant windowStart = newest.minus(Duration.ofDays(s.burstDays()));
        List<Instant> burst = times.stream().filter(t -> !t.isBefore(windowStart)).toList();
        if (burst.size() < s.burstPosts()) {
            return Optional.empty();
        }
        Instant firstOfBurst = burst.get(burst.size() - 1);
        Instant lastBefore = times.stream().filter(t -> t.isBefore(windowStart)).findFirst()
                .or(() -> history.stream().map(Observation::profile).filter(Objects::nonNull)
                        .flatMap(p -> p.recentPosts().stream()).filter(Objects::nonNull)
                        .map(Post::publishedAt).filter(Objects::nonNull).filter(t -> t.isBefore(windowStart))
                        .max(Comparator.naturalOrder()))
                .orElse(null);
        if (lastBefore == null) {
            return Optional.empty();
        }
        long silentDays = Duration.between(lastBefore, firstOfBurst).toDays();
        if (silentDays < s.dormantDays()) {
            return Optional.empty();
        }
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("burstPosts", burst.size());
        e.put("burstDays", s.burstDays());
        e.put("silentDays", silentDays);
        e.put("lastPostBefore", lastBefore.toString());
        e.put("firstPostOfBurst", firstOfBurst.toString());
        return Optional.of(new Signal("postingBurst", s.burstWeight(), burst.size() + " posts appeared within "
                + s.burstDays() + " days after " + silentDays + " days without posting", e));
    }

    private static Optional<Signal> burstFromCounts(Observation current, List<Observation> history,
            TakeoverSettings s) {
        if (history.isEmpty() || history.get(0).profile() == null || current.profile().posts() == null
                || history.get(0).profile().posts() == null) {
            return Optional.empty();
        }
        long before = history.get(0).profile().posts();
        long added = current.profile().posts() - before;
        if (added < s.burstPosts()) {
            return Optional.empty();
        }
        Instant stillSince = history.get(0).at();
        for (Observation o : history) {
            if (o.profile() == null || o.profile().posts() == null || o.profile().posts() != before) {
                break;
            }
            stillSince = o.at();
        }
        long silentDays = Duration.between(stillSince, history.get(0).at()).toDays();
        if (silentDays < s.dormantDays()) {
            return Optional.empty();
        }
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("postsBefore", before);
        e.put("postsAfter", current.profile().posts());
        e.put("silentDays", silentDays);
        return Optional.of(new Signal("postingBurst", s.burstWeight(), added + " new posts appeared after the post "
                + "count had stood still at " + before + " for " + silentDays + " days", e));
    }

    static Optional<Signal> massDeletion(Observation previous, Observation current, TakeoverSettings s) {
        Long before = previous.profile().posts();
        Long after = current.profile().posts();
        if (before == null || after == null || before < s.deletionMinPosts() || after >= before) {
            return Optional.empty();
        }
        double removed = (double) (before - after) / before;
        if (removed < s.deletionMinShare()) {
            return Optional.empty();
        }
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("before", before);
        e.put("after", after);
        e.put("removedShare", Math.round(removed * 100) / 100.0);
        e.put("minShare", s.deletionMinShare());
        return Optional.of(new Signal("massDeletion", s.deletionWeight(), "the post count fell from " + before + " to "
                + after + " (" + IdentitySignals.percent(removed) + " deleted)", e));
    }

    static Optional<Signal> languageSwitch(Observation previous, Observation current, TakeoverSettings s) {
        String before = LanguageGuess.of(writing(previous), s.languageMinLetters());
        String after = LanguageGuess.of(writing(current), s.languageMinLetters());
        if (before.equals(LanguageGuess.UNCLEAR) || after.equals(LanguageGuess.UNCLEAR) || before.equals(after)) {
            return Optional.empty();
        }
        return Optional.of(new Signal("language", s.languageWeight(), "the writing switched from " + before + " to "
                + after, Map.of("before", before, "after", after)));
    }

    /** Bio and captions, the account's own words. */
    private static String writing(Observation o) {
        StringBuilder sb = new StringBuilder();
        if (o.profile().bio() != null) {
            sb.append(o.profile().bio()).append('\n');
        }
        for (Post p : o.profile().recentPosts()) {
            if (p != null && p.caption() != null && sb.length() < 20_000) {
                sb.append(p.caption()).append('\n');
            }
        }
        return sb.toString();
    }
}
