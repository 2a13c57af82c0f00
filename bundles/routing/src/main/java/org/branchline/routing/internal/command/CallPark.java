package org.branchline.routing.internal.command;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.branchline.api.routing.CallParkService;
import org.branchline.api.routing.CallParkSettings;
import org.branchline.shell.PbxCommand;

@Command(scope = "pbx", name = "call-park",
        description = "Shows or changes Phone System > Call Park (admin guide §29.1)")
@Service
public class CallPark extends PbxCommand {
    private static final String NONE = "none";

    @Reference
    CallParkService callPark;

    @Option(name = "--timeout", description = "Seconds a call stays parked, 10-3600")
    Integer timeout;

    @Option(name = "--timeout-extension",
            description = "Extension a call that timed out goes to; none: back to whoever parked it")
    @Completion(Completers.Extensions.class)
    String timeoutExtension;

    @Override
    protected Object data() {
        CallParkService service = callPark;
        CallParkSettings current = service.get();
        if (timeout == null && timeoutExtension == null) {
            return current;
        }
        return service.update(new CallParkSettings(timeout == null ? current.timeoutSeconds() : timeout,
                timeoutExtension == null ? current.timeoutExtension()
                        : NONE.equalsIgnoreCase(timeoutExtension) ? null : timeoutExtension));
    }

    @Override
    protected void printTable(Object data) {
        CallParkSettings s = (CallParkSettings) data;
        ShellTable table = table("Setting", "Current Value");
        table.addRow().addContent("Call Park Timeout (seconds)", s.timeoutSeconds());
        table.addRow().addContent("Timeout Extension",
                s.timeoutExtension() == null ? "none (back to the parker's call appearance)" : s.timeoutExtension());
        table.print(System.out);
    }
}
