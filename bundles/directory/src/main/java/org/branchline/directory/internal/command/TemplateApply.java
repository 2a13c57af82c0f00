package org.branchline.directory.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.branchline.api.directory.TemplateApplication;
import org.branchline.api.directory.User;
import org.branchline.api.directory.UserService;

@Command(scope = "pbx", name = "template-apply",
        description = "Applies a user template to a user with Set (default) or Merge (admin guide §9.4)")
@Service
public class TemplateApply implements Action {
    @Reference
    UserService users;

    @Argument(index = 0, name = "login", required = true, description = "Login name")
    @Completion(Completers.Users.class)
    String login;

    @Argument(index = 1, name = "template", required = true, description = "Template name")
    @Completion(Completers.Templates.class)
    String template;

    @Option(name = "--merge", description = "Keep the user's overrides (Merge) instead of replacing everything (Set)")
    boolean merge;

    @Override
    public Object execute() {
        User u = users.applyTemplate(login, template, merge ? TemplateApplication.MERGE : TemplateApplication.SET);
        System.out.println(u.loginName() + " now has template " + u.template()
                + (u.templateOverridden() ? " with overrides " + String.join(", ", u.overrides()) : ""));
        return null;
    }
}
