package org.branchline.directory.internal.command;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.branchline.api.directory.PasswordRequirements;
import org.branchline.api.directory.UserService;
import org.branchline.shell.PbxCommand;

@Command(scope = "pbx", name = "password-requirements",
        description = "Shows or changes the password requirements (admin guide §8.1)")
@Service
public class PasswordRequirementsCommand extends PbxCommand {
    @Reference
    UserService users;

    @Option(name = "--strong", description = "Require strong passwords: true or false")
    Boolean strong;

    @Option(name = "--minimum-length", description = "Minimum length with strong passwords (6-128)")
    Integer minimumLength;

    @Option(name = "--require-lower-case", description = "true or false")
    Boolean lower;

    @Option(name = "--require-upper-case", description = "true or false")
    Boolean upper;

    @Option(name = "--require-digit", description = "true or false")
    Boolean digit;

    @Option(name = "--require-special", description = "true or false")
    Boolean special;

    @Override
    protected Object data() {
        PasswordRequirements r = users.passwordRequirements();
        if (strong == null && minimumLength == null && lower == null && upper == null && digit == null
                && special == null) {
            return r;
        }
        return users.updatePasswordRequirements(new PasswordRequirements(or(strong, r.strong()),
                minimumLength == null ? r.minimumLength() : minimumLength, or(lower, r.requireLowerCase()),
                or(upper, r.requireUpperCase()), or(digit, r.requireDigit()), or(special, r.requireSpecial())));
    }

    private static boolean or(Boolean value, boolean current) {
        return value == null ? current : value;
    }

    @Override
    protected void printTable(Object data) {
        PasswordRequirements r = (PasswordRequirements) data;
        ShellTable table = table("Requirement", "Value");
        table.addRow().addContent("strong passwords", r.strong());
        table.addRow().addContent("minimum length", r.minimumLength());
        table.addRow().addContent("maximum length", PasswordRequirements.MAXIMUM_LENGTH);
        table.addRow().addContent("lower case", r.requireLowerCase());
        table.addRow().addContent("upper case", r.requireUpperCase());
        table.addRow().addContent("digit", r.requireDigit());
        table.addRow().addContent("special character", r.requireSpecial());
        table.print(System.out);
    }
}
