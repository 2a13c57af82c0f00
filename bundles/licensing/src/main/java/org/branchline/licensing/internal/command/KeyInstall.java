package org.branchline.licensing.internal.command;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.branchline.api.licensing.FeatureKey;
import org.branchline.api.licensing.FeatureKeyService;

@Command(scope = "pbx", name = "key-install",
        description = "Installs a feature key (Maintenance > Feature Keys > Install); its subsystems start at once")
@Service
public class KeyInstall implements Action {
    @Reference
    FeatureKeyService keys;

    @Argument(index = 0, name = "file", description = "File holding the key as issued (BEGIN to END lines)")
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "--text", description = "The key's text itself instead of a file")
    String text;

    @Override
    public Object execute() throws Exception {
        if ((file == null) == (text == null)) {
            System.err.println("Give the key's file or --text, one of them");
            return null;
        }
        FeatureKey key = keys.install(text != null ? text : Files.readString(Path.of(file)));
        System.out.println("Installed feature key " + key.id() + ": " + KeyList.features(key));
        return null;
    }
}
