package dev.creatorwatch.rules;

/** A rule file or one of its fields is invalid; the message names the file, line and field. */
public class RuleDefinitionException extends RuntimeException {

    private final String field;

    public RuleDefinitionException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
