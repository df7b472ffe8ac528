package dev.creatorwatch.alert;

import jakarta.ws.rs.QueryParam;
import java.util.List;

/** The alert filters as query parameters, shared by every endpoint that selects alerts (list, export). */
public class AlertFilterParams {

    @QueryParam("status")
    public List<String> status;

    @QueryParam("severity")
    public List<String> severity;

    @QueryParam("rule")
    public String rule;

    @QueryParam("tier")
    public List<String> tier;

    @QueryParam("platform")
    public String platform;

    @QueryParam("creator")
    public Long creator;

    @QueryParam("from")
    public String from;

    @QueryParam("to")
    public String to;

    @QueryParam("assignee")
    public String assignee;

    @QueryParam("tag")
    public String tag;

    /** The parsed filter; unknown values are 422 problems naming the parameter. */
    public AlertQuery.Filter toFilter() {
        return AlertQuery.Filter.parse(status, severity, rule, tier, platform, creator, from, to, assignee, tag);
    }
}
