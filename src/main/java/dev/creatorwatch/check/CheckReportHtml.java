package dev.creatorwatch.check;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.text.StringEscapeUtils;

/**
 * The printable page of a check. Everything that came from a profile (names, bios, reasons quoting them) is escaped:
 * a hostile bio renders as text, never as markup.
 */
public final class CheckReportHtml {

    private CheckReportHtml() {
    }

    public static String render(CheckReport r) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Creator check #").append(r.id()).append("</title><style>")
                .append("body{font:14px/1.45 system-ui,sans-serif;max-width:52rem;margin:2rem auto;color:#222}")
                .append(".v{display:inline-block;padding:.2rem .6rem;border-radius:.3rem;font-weight:600}")
                .append(".CLEAR{background:#d9f2dd}.REVIEW{background:#fff1c2}.HIGH_RISK{background:#f8d0cc}")
                .append("table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3rem;")
                .append("text-align:left;vertical-align:top}bdi{unicode-bidi:isolate}")
                .append("@media print{.noprint{display:none}}</style></head><body>");
        h.append("<h1>Creator check #").append(r.id()).append("</h1>");
        h.append("<p>").append(esc(r.createdAt().toString())).append(" by ").append(esc(r.createdBy())).append("</p>");
        h.append("<p>Verdict: <span class=\"v ").append(r.verdict().name()).append("\">")
                .append(r.verdict().name().replace('_', ' ')).append("</span> &nbsp; Risk score ")
                .append(r.riskScore()).append(" / 100</p>");
        h.append("<h2>Why</h2><ul>");
        for (String reason : r.reasons()) {
            h.append("<li><bdi>").append(esc(reason)).append("</bdi></li>");
        }
        h.append("</ul><h2>Accounts</h2>");
        for (CheckReport.AccountCheck a : r.accounts()) {
            account(h, a);
        }
        h.append("<p class=\"noprint\"><a href=\"/api/checks/").append(r.id()).append("\">JSON</a></p>");
        return h.append("</body></html>").toString();
    }

    private static void account(StringBuilder h, CheckReport.AccountCheck a) {
        h.append("<h3>").append(esc(a.platform())).append(" <bdi>")
                .append(esc(a.handle() == null ? a.url() : "@" + a.handle())).append("</bdi></h3><table>");
        row(h, "Profile", a.url());
        row(h, "Read", a.outcome() + (a.outcomeDetail() == null ? "" : " (" + a.outcomeDetail() + ")"));
        row(h, "Display name", a.displayName());
        row(h, "Tier", a.tier().name().toLowerCase(Locale.ROOT));
        row(h, "Followers", a.followers() == null ? null : String.format(Locale.ROOT, "%,d", a.followers()));
        row(h, "Engagement rate", a.engagementRate() == null ? "not visible"
                : String.format(Locale.ROOT, "%.2f%%%s", a.engagementRate() * 100, a.tierEngagementNorm() == null
                        ? "" : String.format(Locale.ROOT, " (tier norm %.2f%%)", a.tierEngagementNorm() * 100)));
        row(h, "Follower sample", a.followerSample() == null ? null
                : String.valueOf(a.followerSample().get("summary")));
        row(h, "Data from", a.observedAt() == null ? null : a.observedAt() + (a.fetchedNow() ? " (fetched now)"
                : " (stored snapshot, " + a.dataAgeSeconds() / 60 + " min old)"));
        h.append("</table>");
        for (Map.Entry<String, List<CheckReport.Hit>> e : a.findingsByModule().entrySet()) {
            h.append("<h4>").append(esc(e.getKey())).append("</h4><ul>");
            for (CheckReport.Hit hit : e.getValue()) {
                h.append("<li><b>").append(esc(hit.title())).append("</b> (").append(hit.severity().name()
                        .toLowerCase(Locale.ROOT)).append(", risk ").append(hit.riskScore()).append(")<br><bdi>")
                        .append(esc(hit.reason())).append("</bdi></li>");
            }
            h.append("</ul>");
        }
        if (!a.openAlerts().isEmpty()) {
            h.append("<h4>Open alerts</h4><ul>");
            for (CheckReport.OpenAlert alert : a.openAlerts()) {
                h.append("<li><b>").append(esc(alert.title())).append("</b> (").append(alert.severity().name()
                        .toLowerCase(Locale.ROOT)).append(", risk ").append(alert.riskScore()).append(", ")
                        .append(alert.status().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                        .append(" since ").append(esc(alert.firstSeen().toString())).append(")<br><bdi>")
                        .append(esc(alert.reason())).append("</bdi></li>");
            }
            h.append("</ul>");
        }
    }

    private static void row(StringBuilder h, String name, String value) {
        h.append("<tr><th>").append(esc(name)).append("</th><td><bdi>").append(esc(value == null ? "—" : value))
                .append("</bdi></td></tr>");
    }

    private static String esc(String s) {
        return StringEscapeUtils.escapeHtml4(s);
    }
}
