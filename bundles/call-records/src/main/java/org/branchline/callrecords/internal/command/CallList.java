package org.branchline.callrecords.internal.command;

import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.branchline.api.admin.RequestFields;
import org.branchline.api.calls.CallRecord;
import org.branchline.api.calls.CallRecordService;
import org.branchline.shell.PbxCommand;

@Command(scope = "pbx", name = "call-list", description = "Lists call detail records, the newest first")
@Service
public class CallList extends PbxCommand {
    @Reference
    CallRecordService calls;

    @Option(name = "--limit", description = "At most this many calls, 1-1000 (default 100)")
    int limit = 100;

    @Option(name = "--since", description = "Only calls started since, e.g. 2026-11-23 or 2026-11-23T09:00:00Z")
    String since;

    @Override
    protected Object data() {
        return calls.list(RequestFields.instant("since", since), limit);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void printTable(Object data) {
        ShellTable table = table("Started", "From", "To", "Answered by", "Disposition", "Seconds", "Route");
        for (CallRecord c : (List<CallRecord>) data) {
            table.addRow().addContent(c.started(), c.from(), c.to(), c.answeredBy() == null ? "" : c.answeredBy(),
                    c.disposition(), seconds(c), c.route() == null ? "" : c.route());
        }
        table.print(System.out);
    }

    /** Talk time: from the answer to the end; empty when nobody answered. */
    private static String seconds(CallRecord c) {
        return c.answered() == null || c.ended() == null ? ""
                : String.valueOf(java.time.Duration.between(c.answered(), c.ended()).toSeconds());
    }
}
