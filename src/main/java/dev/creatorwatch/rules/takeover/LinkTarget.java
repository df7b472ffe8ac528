package dev.creatorwatch.rules.takeover;

import crawlercommons.domains.EffectiveTldFinder;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where an external link points, reduced to what matters for takeover: the registrable domain (via the public suffix
 * list, so "shop.mika.co.jp" and "mika.co.jp" are the same owner) and a short display form.
 *
 * @param domain  registrable domain, e.g. "mikatravels.com", "bit.ly"
 * @param display host and path, shortened, for the reason text
 * @param words   host and path in lower case, to look for giveaway and crypto words
 */
record LinkTarget(String domain, String display, String words) {

    private static final int MAX_DISPLAY = 40;

    /** Null when the link is missing or not a web address we can read. */
    static LinkTarget of(String url) {
        if (url == null || url.isBlank() || url.length() > 4_000) {
            return null;
        }
        String s = url.strip();
        if (!s.matches("(?i)^[a-z][a-z0-9+.-]*://.*")) {
            s = "https://" + s;
        }
        URI uri;
        try {
            uri = new URI(s);
        } catch (URISyntaxException e) {
            return null;
        }
        String host = uri.getHost();
        if (host == null) {
            return null;
        }
        try {
            host = IDN.toASCII(host.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        String domain = EffectiveTldFinder.getAssignedDomain(host, true, false);
        if (domain == null) {
            domain = host;
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String display = host + (path.equals("/") ? "" : path);
        if (display.length() > MAX_DISPLAY) {
            display = display.substring(0, MAX_DISPLAY) + "…";
        }
        String query = uri.getRawQuery() == null ? "" : " " + uri.getRawQuery();
        return new LinkTarget(domain, display, (host + " " + path + query).toLowerCase(Locale.ROOT));
    }
}
