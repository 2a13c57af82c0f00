package org.branchline.directory.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.directory.Extension;
import org.branchline.api.directory.ExtensionKind;
import org.branchline.api.directory.ExtensionService;

@Command(scope = "pbx", name = "extension-add", description = "Adds a user extension (--user) or a system extension (--system)")
@Service
public class ExtensionAdd implements Action {
    @Reference
    ExtensionService extensions;

    @Argument(index = 0, name = "number", required = true, description = "Extension number")
    String number;

    @Option(name = "--user", description = "Owner of a user extension (login name)")
    @Completion(Completers.Users.class)
    String owner;

    @Option(name = "--system", description = "A system extension, owned by no user")
    boolean system;

    @Option(name = "--description", description = "Description")
    String description;

    @Override
    public Object execute() {
        if (system == (owner != null)) {
            throw new InvalidFieldException("kind", "give either --user <login> or --system");
        }
        Extension e = extensions.create(new Extension(number, system ? ExtensionKind.SYSTEM : ExtensionKind.USER,
                owner, description));
        System.out.println("Added " + e.kind().name().toLowerCase() + " extension " + e.number());
        return null;
    }
}
