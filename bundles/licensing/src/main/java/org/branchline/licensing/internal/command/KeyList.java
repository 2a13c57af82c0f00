package org.branchline.licensing.internal.command;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.branchline.api.licensing.FeatureKey;
import org.branchline.api.licensing.FeatureKeyService;
import org.branchline.api.licensing.FeatureLicense;
import org.branchline.shell.PbxCommand;

@Command(scope = "pbx", name = "key-list",
        description = "Lists the feature keys and, per feature, whether it is licensed with installed and used counts")
@Service
public class KeyList extends PbxCommand {
    @Reference
    FeatureKeyService keys;

    /** The keys and the feature lines, as one document. */
    public record Listing(List<FeatureKey> keys, List<FeatureLicense> features) {
    }

    @Override
    protected Object data() {
        return new Listing(keys.keys(), keys.licenses());
    }

    @Override
    protected void printTable(Object data) {
        Listing listing = (Listing) data;
        ShellTable keyTable = table("Key", "Features", "Issued", "Expires", "State");
        for (FeatureKey k : listing.keys()) {
            keyTable.addRow().addContent(k.id(), features(k), k.issued(), k.expires() == null ? "never" : k.expires(),
                    k.state());
        }
        keyTable.print(System.out);
        ShellTable featureTable = table("Feature", "Licensed", "Installed", "Allowed", "Used");
        for (FeatureLicense f : listing.features()) {
            featureTable.addRow().addContent(f.feature().title(), f.availableOnModel() ? yes(f.licensed()) : "n/a",
                    f.feature().counted() ? f.installed() : "", f.feature().counted() ? f.allowed() : "",
                    f.used() < 0 ? "" : f.used());
        }
        featureTable.print(System.out);
    }

    static String features(FeatureKey key) {
        return key.features().entrySet().stream().map(KeyList::feature).sorted().collect(Collectors.joining(", "));
    }

    private static String feature(Map.Entry<org.branchline.api.licensing.LicensedFeature, Integer> f) {
        return f.getKey().title() + (f.getKey().counted() ? " " + f.getValue() : "");
    }

    private static String yes(boolean b) {
        return b ? "yes" : "no";
    }
}
