package dev.creatorwatch.fetch.robots;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.util.List;
import java.util.Locale;

/**
 * What a robots.txt fetch means for us, per RFC 9309: 2xx is parsed; any other 4xx means "no rules" (allow all);
 * 5xx, 429 and an unreachable host mean "assume complete disallow" until the next attempt.
 */
public final class RobotsPolicy {

    /** How the robots.txt fetch ended. */
    public enum Kind {
        /** A robots.txt was served and parsed. */
        PARSED,
        /** 4xx: there are no rules, everything is allowed. */
        NO_RULES,
        /** 5xx or 429: assume everything is disallowed for now. */
        SERVER_ERROR,
        /** The host could not be reached at all: everything is disallowed, and the page fetch is a network error. */
        UNREACHABLE
    }

    /** Robots rules, how they were obtained, and a note for the attempt's error text. */
    public record Verdict(BaseRobotRules rules, Kind kind, String note) {

        /** Whether this came from an actual answer (cached for the full TTL) rather than a failure. */
        public boolean definitive() {
            return kind == Kind.PARSED || kind == Kind.NO_RULES;
        }
    }

    private final String productToken;

    /** @param userAgent our User-Agent; its product token (before the first '/') is the name robots.txt groups match */
    public RobotsPolicy(String userAgent) {
        this.productToken = productToken(userAgent);
    }

    public Verdict fromResponse(String robotsUrl, int status, byte[] body, String contentType) {
        if (status >= 200 && status < 300) {
            // A generous crawl-delay ceiling here: capping is the fetcher's job, so the parser must not turn a long
            // Crawl-delay into "defer visits" on its own.
            // No parser warnings: they echo raw lines of a hostile robots.txt into our logs.
            SimpleRobotRulesParser parser = new SimpleRobotRulesParser(Long.MAX_VALUE / 2, 0);
            BaseRobotRules rules = parser.parseContent(robotsUrl, body, contentType, List.of(productToken));
            return new Verdict(rules, Kind.PARSED, "robots.txt HTTP " + status);
        }
        if (status == 429 || status >= 500) {
            return new Verdict(new SimpleRobotRules(RobotRulesMode.ALLOW_NONE), Kind.SERVER_ERROR,
                    "robots.txt answered HTTP " + status + ", so everything is disallowed for now");
        }
        if (status >= 400) {
            return noRules("robots.txt HTTP " + status + ": no rules");
        }
        return new Verdict(new SimpleRobotRules(RobotRulesMode.ALLOW_NONE), Kind.SERVER_ERROR,
                "robots.txt answered unexpected HTTP " + status);
    }

    public Verdict noRules(String why) {
        return new Verdict(new SimpleRobotRules(RobotRulesMode.ALLOW_ALL), Kind.NO_RULES, why);
    }

    public Verdict unreachable(String why) {
        return new Verdict(new SimpleRobotRules(RobotRulesMode.ALLOW_NONE), Kind.UNREACHABLE, why);
    }

    public String productToken() {
        return productToken;
    }

    static String productToken(String userAgent) {
        String token = userAgent.trim().split("[/\\s]", 2)[0].toLowerCase(Locale.ROOT);
        return token.isEmpty() ? "*" : token;
    }
}
