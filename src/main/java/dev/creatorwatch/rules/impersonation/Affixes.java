package dev.creatorwatch.rules.impersonation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words impersonators add around a name ("official", "real", "_jp", "tv", "support", digits). Stripping them from
 * both sides leaves the name's core, so {@code yuka.tanaka_official} and {@code yukatanaka} meet at {@code yukatanaka}.
 * Affixes are compared by skeleton, and an affix is only removed while at least {@code minCoreLength} characters stay,
 * so a short real name is never eaten away ("thea" keeps its "the").
 */
public final class Affixes {

    /** Affix skeleton → the word as written in the rule file, longest first so "official" goes before "of". */
    private final Map<String, String> words;
    private final int minCoreLength;

    public Affixes(List<String> affixWords, int minCoreLength) {
        if (minCoreLength < 1) {
            throw new IllegalArgumentException("minCoreLength must be at least 1");
        }
        Map<String, String> bySkeleton = new LinkedHashMap<>();
        affixWords.stream()
                .map(w -> Map.entry(String.join("", IdentityText.tokens(w)), w.trim()))
                .filter(e -> !e.getKey().isEmpty())
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed())
                .forEach(e -> bySkeleton.putIfAbsent(e.getKey(), e.getValue()));
        this.words = bySkeleton;
        this.minCoreLength = minCoreLength;
    }

    public int minCoreLength() {
        return minCoreLength;
    }

    /** True for a skeleton token that is an affix word or only digits. */
    public boolean isAffix(String skeletonToken) {
        return words.containsKey(skeletonToken) || isDigits(skeletonToken);
    }

    /** What is left of skeleton tokens (from {@link IdentityText#tokens}) once affixes and digits are removed. */
    public Stripped strip(List<String> tokens) {
        List<String> removed = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (String t : tokens) {
            if (isAffix(t)) {
                removed.add(words.getOrDefault(t, t));
            } else {
                kept.add(t);
            }
        }
        if (kept.isEmpty()) {
            // A handle made only of affixes ("real_official") is its own core.
            return new Stripped(IdentityText.letters(String.join("", tokens)), List.of());
        }
        String core = String.join("", kept);
        boolean changed = true;
        while (changed) {
            changed = false;
            String digitsTrimmed = trimDigits(core, removed);
            if (!digitsTrimmed.equals(core)) {
                core = digitsTrimmed;
                changed = true;
            }
            for (Map.Entry<String, String> w : words.entrySet()) {
                String affix = w.getKey();
                if (core.length() - affix.length() < minCoreLength) {
                    continue;
                }
                if (core.startsWith(affix)) {
                    core = core.substring(affix.length());
                } else if (core.endsWith(affix)) {
                    core = core.substring(0, core.length() - affix.length());
                } else {
                    continue;
                }
                removed.add(w.getValue());
                changed = true;
                break;
            }
        }
        return new Stripped(IdentityText.letters(core), List.copyOf(removed));
    }

    private String trimDigits(String core, List<String> removed) {
        int start = 0;
        while (start < core.length() && Character.isDigit(core.charAt(start))) {
            start++;
        }
        int end = core.length();
        while (end > start && Character.isDigit(core.charAt(end - 1))) {
            end--;
        }
        if (end - start < minCoreLength || (start == 0 && end == core.length())) {
            return core;
        }
        if (start > 0) {
            removed.add(core.substring(0, start));
        }
        if (end < core.length()) {
            removed.add(core.substring(end));
        }
        return core.substring(start, end);
    }

    private static boolean isDigits(String t) {
        return !t.isEmpty() && t.chars().allMatch(Character::isDigit);
    }

    /** A core and the affixes removed to reach it, in the order they came off. */
    public record Stripped(String core, List<String> removed) {
    }
}
