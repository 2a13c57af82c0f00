package org.branchline.licensing.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.branchline.api.licensing.FeatureKeyService;

@Command(scope = "pbx", name = "key-remove",
        description = "Removes a feature key; the subsystems no other key covers stop at once")
@Service
public class KeyRemove implements Action {
    @Reference
    FeatureKeyService keys;

    @Argument(index = 0, name = "id", required = true, description = "Key-Id of the key")
    @Completion(Completers.FeatureKeys.class)
    String id;

    @Override
    public Object execute() {
        keys.remove(id);
        System.out.println("Removed feature key " + id);
        return null;
    }
}
