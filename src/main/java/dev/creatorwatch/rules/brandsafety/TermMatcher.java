package dev.creatorwatch.rules.brandsafety;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds lexicon terms in text in one pass: a trie of the squeezed, normalized terms is walked from every position
 * where a word may begin, so Japanese (no spaces) and multi-word terms need no tokenizer, and the cost grows with the
 * text, not with the lexicon. Each hit is then checked for word boundaries ({@link WordBoundaries}), letter counts
 * ({@link SqueezedText}) and the term's context exceptions. Immutable and thread-safe once built.
 */
final class TermMatcher {

    private static final int MAX_QUOTE = 80;
    /** Longest stretch an exception phrase may reach before or after the term it excuses. */
    private static final int EXCEPTION_REACH = 60;

    private final Node root = new Node();

    TermMatcher(List<LexiconEntry> entries) {
        for (LexiconEntry e : entries) {
            add(e);
        }
    }

    private void add(LexiconEntry entry) {
        String term = entry.term().strip();
        boolean prefix = term.endsWith("*");
        if (prefix) {
            term = term.substring(0, term.length() - 1);
        }
        SqueezedText squeezed = SqueezedText.of(TextNormalizer.normalize(term).text());
        if (squeezed.length() == 0) {
            throw new IllegalArgumentException(entry.source() + ": term '" + entry.term()
                    + "' has no letters or digits left after normalization");
        }
        Node node = root;
        for (int i = 0; i < squeezed.length(); i++) {
            node = node.children.computeIfAbsent(squeezed.text.charAt(i), c -> new Node());
        }
        List<Pattern> exceptions = entry.exceptions().stream().map(TermMatcher::exceptionPattern).toList();
        node.terms.add(new Compiled(entry, squeezed.counts, prefix, exceptions));
    }

    /** An exception phrase as a pattern over squeezed text; repeated letters are ignored, which only widens it. */
    private static Pattern exceptionPattern(String phrase) {
        StringBuilder regex = new StringBuilder();
        String[] pieces = phrase.strip().split("\\*", -1);
        for (int i = 0; i < pieces.length; i++) {
            String piece = SqueezedText.of(TextNormalizer.normalize(pieces[i]).text()).text;
            if (i > 0) {
                regex.append("[\\p{L}\\p{N}]*");
                if (pieces[i].startsWith(" ") && !piece.isEmpty()) {
                    regex.append(' ');
                }
            }
            if (!piece.isEmpty()) {
                regex.append(Pattern.quote(piece));
                if (i + 1 < pieces.length && pieces[i].endsWith(" ")) {
                    regex.append(' ');
                }
            }
        }
        if (!phrase.strip().endsWith("*")) {
            regex.append("(?![\\p{IsLatin}\\p{N}])");
        }
        return Pattern.compile("(?<![\\p{IsLatin}\\p{N}])" + regex);
    }

    List<TermMatch> find(NormalizedText normalized) {
        String text = normalized.text();
        if (text.isEmpty()) {
            return List.of();
        }
        SqueezedText sq = SqueezedText.of(text);
        WordBoundaries boundaries = new WordBoundaries(text);
        List<TermMatch> found = new ArrayList<>();
        for (int s = 0; s < sq.length(); s++) {
            if (sq.text.charAt(s) == ' ' || !boundaries.mayBeBoundary(sq.from[s])) {
                continue;
            }
            Node node = root;
            for (int k = s; k < sq.length() && node != null; k++) {
                node = node.children.get(sq.text.charAt(k));
                if (node == null) {
                    break;
                }
                for (Compiled term : node.terms) {
                    TermMatch m = verify(term, sq, s, k + 1, boundaries, normalized);
                    if (m != null) {
                        found.add(m);
                    }
                }
            }
        }
        return found;
    }

    private static TermMatch verify(Compiled term, SqueezedText sq, int s, int e, WordBoundaries boundaries,
            NormalizedText normalized) {
        for (int i = 0; i < term.counts.length; i++) {
            if (sq.counts[s + i] < term.counts[i]) {
                return null;
            }
        }
        int start = sq.from[s];
        if (!boundaries.isBoundary(start)) {
            return null;
        }
        int end = sq.endOf(e - 1);
        int squeezedEnd = e;
        if (term.prefix) {
            end = boundaries.wordEnd(end - 1);
            while (squeezedEnd < sq.length() && sq.from[squeezedEnd] < end) {
                squeezedEnd++;
            }
        } else if (!boundaries.isBoundary(end)) {
            return null;
        }
        for (Pattern exception : term.exceptions) {
            // an exception that covers the match starts and ends near it: search only there
            Matcher m = exception.matcher(sq.text).useTransparentBounds(true)
                    .region(Math.max(0, s - EXCEPTION_REACH), Math.min(sq.length(), squeezedEnd + EXCEPTION_REACH));
            while (m.find()) {
                if (m.start() <= s && m.end() >= squeezedEnd) {
                    return null;
                }
            }
        }
        String quoted = normalized.originalOf(start, end);
        if (quoted.length() > MAX_QUOTE) {
            quoted = quoted.substring(0, MAX_QUOTE) + "…";
        }
        return new TermMatch(term.entry, normalized.starts()[start], normalized.ends()[end - 1], quoted);
    }

    private static final class Node {
        final Map<Character, Node> children = new HashMap<>(4);
        final List<Compiled> terms = new ArrayList<>(1);
    }

    private record Compiled(LexiconEntry entry, int[] counts, boolean prefix, List<Pattern> exceptions) {
    }
}
