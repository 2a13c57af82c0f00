package org.branchline.api.admin;

/** A field of a request breaks a rule: the message reads "field: rule", e.g. "pin: must be digits, at least 4". */
public class InvalidFieldException extends AdminException {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final String rule;

    public InvalidFieldException(String field, String rule) {
        super(field + ": " + rule);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
