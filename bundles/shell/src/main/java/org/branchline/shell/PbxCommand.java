package org.branchline.shell;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.support.table.ShellTable;
import org.branchline.admin.json.AdminJson;

/**
 * Base of the pbx:* commands that print data: a table for people, or with --json the same JSON the REST
 * door answers. The admin services check the caller's roles; a refusal prints its "field: rule" message.
 */
public abstract class PbxCommand implements Action {
    @Option(name = "--json", description = "Print the data as JSON")
    protected boolean json;

    @Override
    public Object execute() throws Exception {
        Object data = data();
        if (json) {
            System.out.println(toJson(data));
        } else {
            printTable(data);
        }
        return null;
    }

    /** The data to print; also the place where the command does its work. */
    protected abstract Object data();

    protected abstract void printTable(Object data);

    public static String toJson(Object data) throws JsonProcessingException {
        return AdminJson.print(data);
    }

    /** A table with these column headings. */
    protected static ShellTable table(String... columns) {
        ShellTable table = new ShellTable();
        for (String c : columns) {
            table.column(c);
        }
        return table;
    }
}
